import { create } from 'zustand';
import { createAssistantsSlice, type AssistantsSlice } from './assistantsSlice';
import { createConversationSlice, type ConversationSlice } from './conversationSlice';
import { createInfoSlice, type InfoSlice } from './infoSlice';
import { createPanesSlice, type PanesSlice } from './panesSlice';
import { createPersonRepliesSlice, type PersonRepliesSlice } from './personRepliesSlice';
import { createProfilesSlice, type ProfilesSlice } from './profilesSlice';
import { createSessionsSlice, type SessionsSlice } from './sessionsSlice';
import { createThreadsSlice, type ThreadsSlice } from './threadsSlice';

/** Data that comes from main, one slice per domain; components read it through the named selectors. */
export type AppState = InfoSlice &
  SessionsSlice &
  PanesSlice &
  ConversationSlice &
  AssistantsSlice &
  ThreadsSlice &
  PersonRepliesSlice &
  ProfilesSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createInfoSlice(...args),
  ...createSessionsSlice(...args),
  ...createPanesSlice(...args),
  ...createConversationSlice(...args),
  ...createAssistantsSlice(...args),
  ...createThreadsSlice(...args),
  ...createPersonRepliesSlice(...args),
  ...createProfilesSlice(...args),
}));

export const selectInfo = (state: AppState) => state.info;
export const selectMode = (state: AppState) => state.info.data?.mode ?? null;
