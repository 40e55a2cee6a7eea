import { json, type ApiResponse } from '../http';
import type { SimulatorState } from '../state';

export const DEMO_ACCOUNT = { name: 'Demo Account', email: 'demo@example.com' };

export const getAccount = (state: SimulatorState): ApiResponse =>
  json(200, { ...DEMO_ACCOUNT, total_balance: state.billing.balanceUsd() });
