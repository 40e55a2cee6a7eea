import { create } from 'zustand';

/**
 * Whether main answers at all. Only the browser mode can lose it (its host is a separate process that can stop);
 * every call's answer updates it (lib/api.ts), and the status bar says so the moment it is lost.
 */
export const useHostStatus = create<{ answering: boolean }>()(() => ({ answering: true }));

export const selectHostAnswering = (state: { answering: boolean }) => state.answering;

export const noteHostAnswer = (answering: boolean) => {
  if (useHostStatus.getState().answering !== answering) useHostStatus.setState({ answering });
};
