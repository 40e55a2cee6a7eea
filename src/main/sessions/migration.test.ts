import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionFileSchema } from '../../shared/domain/session';
import { SESSION_SCHEMA_VERSION } from '../../shared/domain/sessionFormat';
import { closeStores, makePane, makeTempDir, newStore } from '../testing/sessionTestKit';

const FIXTURE = join(import.meta.dirname, '../testing/fixtures/v1-session.json');
const ID = 'legacy-support-chat';

let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
  mkdirSync(join(dir, 'sessions'));
});
afterEach(async () => {
  await closeStores();
  cleanup();
});

const sessionFile = () => join(dir, 'sessions', `${ID}.json`);
const backupFile = () => join(dir, 'sessions', `${ID}.v1-backup.json`);

describe('migration of a version-1 session file', () => {
  it('migrates to the current version, keeps every message, and backs the original up first', async () => {
    copyFileSync(FIXTURE, sessionFile());
    const store = newStore(dir);
    const { sessions, problems } = await store.load();

    expect(problems).toEqual([]);
    expect(sessions).toEqual([
      expect.objectContaining({ id: ID, assistantNames: ['Support bot'], messageCount: 3 }),
    ]);
    expect(readFileSync(backupFile(), 'utf8')).toBe(readFileSync(FIXTURE, 'utf8'));

    const onDisk = SessionFileSchema.parse(JSON.parse(readFileSync(sessionFile(), 'utf8')));
    expect(onDisk.schemaVersion).toBe(SESSION_SCHEMA_VERSION);
    const [pane] = onDisk.panes;
    expect(pane).toMatchObject({
      assistant: { id: 4711, uuid: '9b2f6c1e-3d4a-4f7b-8e21-5a6c7d8e9f01', name: 'Support bot' },
      conversationType: 'widget',
      variables: { customer_name: 'Ada', order_id: 'A-1001' },
      conversationId: 'c0ffee00-1111-4222-8333-444455556666',
      draft: '',
      costUsd: 0,
    });
    expect(pane?.transcript.map((entry) => [entry.id, entry.role, entry.latencyMs])).toEqual([
      ['m1', 'assistant', null],
      ['m2', 'user', null],
      ['m3', 'assistant', 1840],
    ]);
    expect(pane?.transcript[2]?.functionCalls).toEqual([
      { name: 'issue_refund', arguments: { order_id: 'A-1001' }, result: { ok: true } },
    ]);
    expect(store.get(ID).notes).toBe('Checked the refund intent.');
  });

  it('does not migrate or back up again on the next start', async () => {
    copyFileSync(FIXTURE, sessionFile());
    await newStore(dir).load();
    writeFileSync(backupFile(), 'the first backup');
    const again = newStore(dir);
    expect((await again.load()).problems).toEqual([]);
    expect(readFileSync(backupFile(), 'utf8')).toBe('the first backup');
  });

  it('moves a version-1 file that does not match the version-1 schema aside', async () => {
    const record = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    delete record.messages;
    writeFileSync(sessionFile(), JSON.stringify(record));
    const { problems, sessions } = await newStore(dir).load();
    expect(sessions).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: sessionFile(),
        code: 'migrationFailed',
        params: expect.objectContaining({ version: 1 }),
      }),
    ]);
    expect(existsSync(sessionFile())).toBe(false);
  });
});

describe('migration of a version-2 session file (variable sets, scripts and the comparison in one untyped list)', () => {
  const V2 = join(import.meta.dirname, '../testing/fixtures/v2-session.json');
  const V2_ID = 'booking-comparison';
  const v2File = () => join(dir, 'sessions', `${V2_ID}.json`);

  it('gives each kind of record its own typed field and keeps panes, drafts and messages as they were', async () => {
    copyFileSync(V2, v2File());
    const store = newStore(dir);
    const { sessions, problems } = await store.load();
    expect(problems).toEqual([]);
    expect(sessions).toEqual([expect.objectContaining({ id: V2_ID, messageCount: 3 })]);
    expect(readFileSync(join(dir, 'sessions', `${V2_ID}.v2-backup.json`), 'utf8')).toBe(
      readFileSync(V2, 'utf8'),
    );

    const original = JSON.parse(readFileSync(V2, 'utf8'));
    const onDisk = SessionFileSchema.parse(JSON.parse(readFileSync(v2File(), 'utf8')));
    expect(onDisk).not.toHaveProperty('scripts');
    expect(onDisk).not.toHaveProperty('selectedView');
    expect(onDisk.revision).toBe(0);
    expect(onDisk.panes).toEqual(
      original.panes.map((pane: Record<string, unknown>) => ({ ...pane, profileId: null })),
    );
    expect(onDisk.variableSets).toEqual([
      { id: 'vars-1', name: 'Berlin customer', variables: { city: 'Berlin' } },
      { id: 'vars-2', name: 'VIP', variables: { city: 'Berlin', tier: 'gold' } },
    ]);
    expect(onDisk.replayScripts).toEqual([
      {
        id: 'script-1',
        name: 'Booking happy path',
        createdAt: '2026-11-20T09:05:00.000Z',
        source: '1 · Clara (test)',
        assistant: { id: 101, uuid: '3f6c1b2e-8d4a-4c7e-9b1f-2a5d7e9c0b13', name: 'Clara' },
        variables: { city: 'Berlin' },
        messages: ['Slots on 2026-11-24?', '09:00, my name is Ada'],
      },
    ]);
    expect(onDisk.lastComparison).toEqual({
      scriptName: 'Booking happy path',
      paneIds: ['pane-a', 'pane-b'],
    });
    expect(store.get(V2_ID).panes[0]?.draft).toBe('and on Friday?');
  });

  it('imports a version-2 export the same way', async () => {
    const store = newStore(dir);
    await store.load();
    const record = JSON.parse(readFileSync(V2, 'utf8'));
    const report = store.importSessions({
      format: 'famulor-playground-sessions',
      exportedAt: '2026-11-20T10:00:00.000Z',
      redacted: false,
      sessions: [record],
    });
    expect(report.imported).toEqual([V2_ID]);
    expect(store.get(V2_ID)).toMatchObject({
      variableSets: [{ name: 'Berlin customer' }, { name: 'VIP' }],
      replayScripts: [{ id: 'script-1' }],
      lastComparison: { paneIds: ['pane-a', 'pane-b'] },
    });
  });
});

describe('migration of a version-3 session file (panes did not record their profile)', () => {
  const V3_ID = 'before-profiles';
  const { profileId: _absent, ...v3Pane } = makePane({ conversationId: 'conv-7', draft: 'still typing' });
  const v3Record = {
    schemaVersion: 3,
    id: V3_ID,
    name: 'Before profiles were recorded',
    createdAt: '2026-11-30T08:00:00.000Z',
    updatedAt: '2026-11-30T09:00:00.000Z',
    revision: 4,
    notes: '',
    panes: [v3Pane],
    variableSets: [],
    replayScripts: [],
    lastComparison: null,
  };

  it('gives every pane an unknown profile and keeps its conversation and draft', async () => {
    writeFileSync(join(dir, 'sessions', `${V3_ID}.json`), JSON.stringify(v3Record));
    const store = newStore(dir);
    expect((await store.load()).problems).toEqual([]);
    const [pane] = store.get(V3_ID).panes;
    expect(pane).toEqual({ ...v3Pane, profileId: null });
    expect(existsSync(join(dir, 'sessions', `${V3_ID}.v3-backup.json`))).toBe(true);
  });

  it('refuses a version-4 pane without its profile (the current schema requires it)', () => {
    expect(SessionFileSchema.safeParse({ ...v3Record, schemaVersion: SESSION_SCHEMA_VERSION }).success).toBe(
      false,
    );
  });
});
