import { create } from 'zustand';
import { createInfoSlice, type InfoSlice } from './infoSlice';

/** Data that comes from main, one slice per domain; components read it through the named selectors. */
export type AppState = InfoSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createInfoSlice(...args),
}));

export const selectInfo = (state: AppState) => state.info;
export const selectMode = (state: AppState) => state.info.data?.mode ?? null;
