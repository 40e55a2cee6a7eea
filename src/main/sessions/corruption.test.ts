import {
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SESSION_SCHEMA_VERSION } from '../../shared/domain/sessionFormat';
import {
  appendMessage,
  closeStores,
  makePane,
  makeTempDir,
  newStore,
  openStore,
} from '../testing/sessionTestKit';

let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
});
afterEach(async () => {
  await closeStores();
  cleanup();
});

const sessionsDir = () => join(dir, 'sessions');
const sessionFile = (id: string) => join(sessionsDir(), `${id}.json`);

/** Three saved sessions with a few messages each; returns their ids. */
const seed = async (): Promise<string[]> => {
  const store = await openStore(dir);
  const ids = ['first', 'second', 'third'].map((name) => {
    const { id } = store.create({ name, panes: [makePane()] });
    for (let n = 0; n < 3; n += 1)
      appendMessage(store, id, 'pane-1', { role: 'user', content: `${name} ${n}` });
    return id;
  });
  await store.close();
  return ids;
};

const damage: Record<string, (path: string) => void> = {
  'a truncated file': (path) => truncateSync(path, Math.floor(statSync(path).size / 2)),
  'a zero-filled file': (path) => writeFileSync(path, Buffer.alloc(statSync(path).size)),
  'invalid JSON': (path) => writeFileSync(path, '{"schemaVersion": 2, "id": '),
  'schema-invalid JSON': (path) => {
    const record = JSON.parse(readFileSync(path, 'utf8'));
    record.panes[0].transcript[0].role = 'robot';
    writeFileSync(path, JSON.stringify(record));
  },
};

describe('damaged session files', () => {
  for (const [kind, corrupt] of Object.entries(damage)) {
    it(`moves ${kind} aside, reports it and loads the other sessions`, async () => {
      const [broken = '', ...intact] = await seed();
      const original = readFileSync(sessionFile(broken));
      corrupt(sessionFile(broken));
      const damaged = readFileSync(sessionFile(broken));
      expect(damaged.equals(original)).toBe(false);

      const store = newStore(dir);
      const { sessions, problems } = await store.load();

      expect(problems).toHaveLength(1);
      const [problem] = problems;
      expect(problem?.file).toBe(sessionFile(broken));
      expect(basename(problem?.movedTo ?? '')).toMatch(new RegExp(`^${broken}\\.corrupt-[0-9T-]+Z\\.json$`));
      expect(problem?.code).toMatch(/^(notJson|schema)$/);
      expect(existsSync(sessionFile(broken))).toBe(false);
      // Moved, not rewritten: the bytes are still there for a person to look at.
      expect(readFileSync(problem?.movedTo ?? '').equals(damaged)).toBe(true);

      expect(sessions.map((summary) => summary.id).sort()).toEqual([...intact].sort());
      for (const id of intact) expect(store.get(id).panes[0]?.transcript).toHaveLength(3);
      expect(store.problems()).toEqual(problems);
    });
  }

  it('finds damage in a file the index still describes as unchanged when the session is opened', async () => {
    const [broken = '', other = ''] = await seed();
    const fixedTime = new Date('2026-01-01T00:00:00.000Z');
    utimesSync(sessionFile(broken), fixedTime, fixedTime);
    await (await openStore(dir)).close();
    writeFileSync(sessionFile(broken), Buffer.alloc(statSync(sessionFile(broken)).size));
    // Same size and mtime as the index recorded: the start-up check cannot notice, opening the session must.
    utimesSync(sessionFile(broken), fixedTime, fixedTime);

    const store = newStore(dir);
    expect((await store.load()).problems).toEqual([]);
    expect(() => store.get(broken)).toThrow(
      expect.objectContaining({
        error: expect.objectContaining({
          reason: 'session_file_unusable',
          params: expect.objectContaining({ movedTo: expect.stringMatching(/corrupt/) }),
        }),
      }),
    );
    expect(store.problems()).toHaveLength(1);
    expect(store.list().map((summary) => summary.id)).not.toContain(broken);
    expect(store.get(other).name).toBe('second');
  });

  it('moves a damaged index aside and rebuilds it from the session files', async () => {
    const ids = await seed();
    writeFileSync(join(dir, 'session-index.json'), '{"schemaVersion": 2, "entries": [');

    const store = newStore(dir);
    const { sessions, problems } = await store.load();
    expect(problems).toEqual([
      expect.objectContaining({
        file: join(dir, 'session-index.json'),
        movedTo: expect.stringContaining('session-index.corrupt-'),
      }),
    ]);
    expect(sessions.map((summary) => summary.id).sort()).toEqual([...ids].sort());
    expect(sessions.every((summary) => summary.messageCount === 3)).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'session-index.json'), 'utf8')).entries).toHaveLength(3);
  });

  it('leaves a file from a newer app version in place and says so', async () => {
    const [newer = ''] = await seed();
    const record = JSON.parse(readFileSync(sessionFile(newer), 'utf8'));
    writeFileSync(
      sessionFile(newer),
      JSON.stringify({ ...record, schemaVersion: SESSION_SCHEMA_VERSION + 1 }),
    );

    const { problems, sessions } = await newStore(dir).load();
    expect(problems).toEqual([expect.objectContaining({ file: sessionFile(newer), movedTo: null })]);
    expect(problems[0]).toMatchObject({
      code: 'newerVersion',
      params: { version: SESSION_SCHEMA_VERSION + 1 },
    });
    expect(existsSync(sessionFile(newer))).toBe(true);
    expect(sessions).toHaveLength(2);
  });

  it('moves a file nested thousands of levels deep aside instead of overflowing the stack at every start', async () => {
    const [deep = '', ...intact] = await seed();
    const record = JSON.parse(readFileSync(sessionFile(deep), 'utf8'));
    record.panes[0].variables = { nested: JSON.parse(`${'['.repeat(2500)}1${']'.repeat(2500)}`) };
    writeFileSync(sessionFile(deep), JSON.stringify(record));

    for (let start = 0; start < 2; start += 1) {
      const store = newStore(dir);
      const { sessions, problems } = await store.load();
      expect(sessions.map((summary) => summary.id).sort()).toEqual([...intact].sort());
      if (start === 0) {
        expect(problems).toEqual([
          expect.objectContaining({ code: 'tooDeep', file: sessionFile(deep), params: { limit: 64 } }),
        ]);
        expect(existsSync(problems[0]?.movedTo ?? '')).toBe(true);
      }
      await store.close();
    }
  });

  it('keeps a complete temp file that holds newer data and offers it for recovery', async () => {
    const [id = ''] = await seed();
    const record = JSON.parse(readFileSync(sessionFile(id), 'utf8'));
    const newer = JSON.stringify({ ...record, name: 'renamed just before the crash' });
    const leftover = join(sessionsDir(), `${id}.json.tmp-1763800000abc123`);
    writeFileSync(leftover, newer);
    const later = new Date(statSync(sessionFile(id)).mtimeMs + 1000);
    utimesSync(leftover, later, later);

    const { problems, sessions } = await newStore(dir).load();
    expect(problems).toEqual([
      expect.objectContaining({ code: 'interruptedSave', subject: 'session', file: sessionFile(id) }),
    ]);
    const kept = problems[0]?.movedTo ?? '';
    expect(basename(kept)).toMatch(new RegExp(`^${id}\\.unsaved-[0-9T-]+Z\\.json$`));
    expect(readFileSync(kept, 'utf8')).toBe(newer);
    // The session itself is what was last saved in full; the kept file is not mistaken for one.
    expect(sessions).toHaveLength(3);
    expect(sessions.find((summary) => summary.id === id)?.name).toBe('first');
  });

  it('removes a complete temp file that holds nothing the file does not', async () => {
    const [id = ''] = await seed();
    const leftover = join(sessionsDir(), `${id}.json.tmp-1763800000abc123`);
    writeFileSync(leftover, readFileSync(sessionFile(id)));
    const { problems } = await newStore(dir).load();
    expect(problems).toEqual([]);
    expect(existsSync(leftover)).toBe(false);
  });

  it('removes temp files left by an interrupted write and keeps the file they were replacing', async () => {
    const [id = ''] = await seed();
    const leftover = join(sessionsDir(), `${id}.json.tmp-1763800000abc123`);
    writeFileSync(leftover, '{"half": ');
    const { problems, sessions } = await newStore(dir).load();
    expect(problems).toEqual([]);
    expect(sessions).toHaveLength(3);
    expect(readdirSync(sessionsDir()).filter((entry) => entry.includes('.tmp-'))).toEqual([]);
  });
});
