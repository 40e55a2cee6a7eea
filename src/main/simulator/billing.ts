import type { ThreadType } from '../../shared/domain/famulor';
import { WIDGET_MESSAGE_COST_USD } from '../../shared/limits';

// Whole cents, so a thousand $0.01 messages add up to exactly $10 and not 9.999999999999831.
export const MESSAGE_COST_CENTS = Math.round(WIDGET_MESSAGE_COST_USD * 100);

/** Test conversations are free; every other kind is billed per user message the AI answers. */
export const isBilled = (type: ThreadType): boolean => type !== 'test';

export interface Billing {
  balanceUsd(): number;
  canPay(cents: number): boolean;
  charge(cents: number): void;
}

export const createBilling = (initialBalanceUsd: number): Billing => {
  let balanceCents = Math.round(initialBalanceUsd * 100);
  return {
    balanceUsd: () => balanceCents / 100,
    canPay: (cents) => balanceCents >= cents,
    charge: (cents) => {
      balanceCents -= cents;
    },
  };
};

export const centsToUsd = (cents: number): number => cents / 100;
