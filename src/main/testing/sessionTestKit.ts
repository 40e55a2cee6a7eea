import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Pane, TranscriptEntry } from '../../shared/domain/session';
import { createSessionStore, type SessionStore, type SessionStoreOptions } from '../sessions/sessionStore';

/** A fresh user-data folder per test; removed by the returned cleanup. */
export const makeTempDir = (): { dir: string; cleanup: () => void } => {
  const dir = mkdtempSync(join(tmpdir(), 'famulor-sessions-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
};

export const makePane = (overrides: Partial<Pane> = {}): Pane => ({
  id: 'pane-1',
  title: 'Support bot',
  assistant: { id: 7, uuid: '6f1c2d3e-0000-4000-8000-000000000007', name: 'Support bot' },
  conversationType: 'test',
  variables: { customer_name: 'Ada' },
  conversationId: null,
  profileId: null,
  draft: '',
  costUsd: 0,
  transcript: [],
  ...overrides,
});

const openStores = new Set<SessionStore>();

/** A store with no logging noise (write failures are asserted through flush()), closed by `closeStores`. */
export const newStore = (dir: string, options: Partial<SessionStoreOptions> = {}): SessionStore => {
  const store = createSessionStore({ dir, logger: { error: () => undefined }, ...options });
  openStores.add(store);
  return store;
};

export const openStore = async (
  dir: string,
  options: Partial<SessionStoreOptions> = {},
): Promise<SessionStore> => {
  const store = newStore(dir, options);
  await store.load();
  return store;
};

/** Stops the write timers of every store a test opened, so none fires into a removed folder. */
export const closeStores = async (): Promise<void> => {
  for (const store of openStores) await store.close().catch(() => undefined);
  openStores.clear();
};

let entryCount = 0;
/** Appends one message to a pane the way the app does (an appendEntries command). */
export const appendMessage = (
  store: SessionStore,
  id: string,
  paneId: string,
  entry: Pick<TranscriptEntry, 'role' | 'content'> & Partial<TranscriptEntry>,
) =>
  store.apply(id, [
    {
      type: 'appendEntries',
      paneId,
      entries: [
        {
          id: `m${(entryCount += 1)}`,
          at: new Date().toISOString(),
          functionCalls: [],
          latencyMs: null,
          ...entry,
        },
      ],
    },
  ]);

export const renameSession = (store: SessionStore, id: string, name: string) =>
  store.apply(id, [{ type: 'rename', name }]);
