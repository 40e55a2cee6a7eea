import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  PaneSchema,
  ReplayScriptSchema,
  SessionSchema,
  TranscriptEntrySchema,
  type Session,
} from '../../shared/domain/session';
import type { SessionCommand } from '../../shared/domain/sessionCommands';
import { closeStores, makePane, makeTempDir, newStore, openStore } from '../testing/sessionTestKit';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
});
afterEach(async () => {
  await closeStores();
  cleanup();
});

/**
 * Commands that, between them, leave no field of the session at its empty value: a field the store forgot to
 * write, or the export to carry, then shows up as a difference.
 */
const everyFieldCommands = (at: string): SessionCommand[] => [
  { type: 'rename', name: 'Every field' },
  { type: 'insertPane', pane: makePane({ id: 'pane-2', conversationType: 'widget' }), afterPaneId: null },
  { type: 'patchPane', paneId: 'pane-2', patch: { title: 'Widget', variables: { city: 'Köln' } } },
  { type: 'setDraft', paneId: 'pane-2', draft: 'half typed' },
  {
    type: 'appendEntries',
    paneId: 'pane-2',
    started: { conversationId: 'conv-42', profileId: 'profile-1' },
    billed: true,
    entries: [
      { id: 'm1', role: 'user', content: 'Hello', functionCalls: [], at, latencyMs: null },
      {
        id: 'm2',
        role: 'assistant',
        content: 'Booked for 10:00.',
        functionCalls: [{ name: 'book', arguments: { slot: '10:00' }, result: { ok: true } }],
        at,
        latencyMs: 640,
      },
    ],
  },
  { type: 'putVariableSet', set: { id: 'set-1', name: 'VIP', variables: { tier: 'gold' } } },
  {
    type: 'putReplayScript',
    script: {
      id: 'script-1',
      name: 'Booking',
      createdAt: at,
      source: 'Widget',
      assistant: { id: 7, uuid: 'uuid-7', name: 'Clara' },
      variables: { city: 'Köln' },
      messages: ['Hello', 'Tomorrow at 10'],
    },
  },
  { type: 'setComparison', comparison: { scriptName: 'Booking', paneIds: ['pane-1', 'pane-2'] } },
];

const isEmpty = (value: unknown): boolean =>
  value === null ||
  value === '' ||
  value === 0 ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && value !== null && Object.keys(value).length === 0);

/** The fields of each schema that the fixture leaves empty; a new field in a schema lands here until it is set. */
const emptyFields = (session: Session): string[] => {
  const pane = session.panes.find((each) => each.id === 'pane-2');
  const entry = pane?.transcript.find((each) => each.role === 'assistant');
  const script = session.replayScripts[0];
  const checks: [string, readonly string[], Record<string, unknown> | undefined][] = [
    ['session', Object.keys(SessionSchema.shape), session],
    ['pane', Object.keys(PaneSchema.shape), pane],
    ['entry', Object.keys(TranscriptEntrySchema.shape), entry],
    ['script', Object.keys(ReplayScriptSchema.shape), script],
  ];
  return checks.flatMap(([name, keys, value]) =>
    keys.filter((key) => value === undefined || isEmpty(value[key])).map((key) => `${name}.${key}`),
  );
};

describe('every session field', () => {
  it('survives the commands, a restart and an export imported into another folder', async () => {
    const store = await openStore(dir);
    const { id } = store.create({ name: 'Draft', notes: 'notes are kept too', panes: [makePane()] });
    store.apply(id, everyFieldCommands('2026-12-07T08:00:00.000Z'));
    const saved = store.get(id);
    expect(emptyFields(saved)).toEqual([]);
    const exported = JSON.parse(JSON.stringify(store.exportSessions({ ids: [id] }))) as unknown;
    await store.close();

    const reopened = newStore(dir);
    await reopened.load();
    expect(reopened.get(id)).toEqual(saved);

    const other = makeTempDir();
    try {
      const elsewhere = await openStore(other.dir);
      expect(elsewhere.importSessions(exported).imported).toEqual([id]);
      expect(elsewhere.get(id)).toEqual(saved);
    } finally {
      await closeStores();
      other.cleanup();
    }
  });
});
