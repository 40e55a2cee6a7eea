import type { StateCreator } from 'zustand';
import type { AppInfo } from '../../shared/ipc/channels/app';
import type { AppError } from '../../shared/result';
import { call } from '../lib/api';

export interface InfoSlice {
  info: { data: AppInfo | null; error: AppError | null; loading: boolean };
  loadInfo(): Promise<void>;
}

export const createInfoSlice: StateCreator<InfoSlice, [], [], InfoSlice> = (set) => ({
  info: { data: null, error: null, loading: false },
  async loadInfo() {
    set((state) => ({ info: { ...state.info, loading: true } }));
    const result = await call('app:info', {});
    set({
      info: result.ok
        ? { data: result.data, error: null, loading: false }
        : { data: null, error: result.error, loading: false },
    });
  },
});
