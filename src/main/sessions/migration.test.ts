import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionFileSchema } from '../../shared/domain/session';
import { closeStores, makeTempDir, newStore } from './fixtures/sessionTestKit';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'v1-session.json');
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
  it('migrates to version 2, keeps every message, and backs the original up first', async () => {
    copyFileSync(FIXTURE, sessionFile());
    const store = newStore(dir);
    const { sessions, problems } = await store.load();

    expect(problems).toEqual([]);
    expect(sessions).toEqual([
      expect.objectContaining({ id: ID, assistantNames: ['Support bot'], messageCount: 3 }),
    ]);
    expect(readFileSync(backupFile(), 'utf8')).toBe(readFileSync(FIXTURE, 'utf8'));

    const onDisk = SessionFileSchema.parse(JSON.parse(readFileSync(sessionFile(), 'utf8')));
    expect(onDisk.schemaVersion).toBe(2);
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
