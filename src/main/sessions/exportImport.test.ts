import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  appendMessage,
  closeStores,
  makePane,
  makeTempDir,
  openStore,
  renameSession,
} from '../testing/sessionTestKit';
import { looksSecret } from './redactSecrets';
import type { SessionStore } from './sessionStore';

const API_KEY = 'fam_live_8c1d2e3f4a5b6c7d8e9f0a1b';

let dir: string;
let cleanup: () => void;
let store: SessionStore;

beforeEach(async () => {
  ({ dir, cleanup } = makeTempDir());
  store = await openStore(dir);
});
afterEach(async () => {
  await closeStores();
  cleanup();
});

const seedSession = (name: string, variables: Record<string, string> = {}) => {
  const { id } = store.create({
    name,
    panes: [makePane({ variables: { customer_name: 'Ada', ...variables } })],
  });
  appendMessage(store, id, 'pane-1', {
    role: 'assistant',
    content: 'Booked.',
    functionCalls: [
      { name: 'book', arguments: { slot: '10:00', accessToken: 'tok-123456789' }, result: { ok: true } },
    ],
  });
  return id;
};

describe('export', () => {
  it('writes all sessions to one private file without the API key', async () => {
    seedSession('Refunds');
    seedSession('Bookings');
    const text = JSON.stringify(store.exportSessions({ knownSecrets: [API_KEY] }));
    expect(text).not.toContain(API_KEY);
    expect(text).not.toContain(API_KEY.slice(-12));
    expect(
      JSON.parse(text)
        .sessions.map((session: { name: string }) => session.name)
        .sort(),
    ).toEqual(['Bookings', 'Refunds']);
  });

  it('refuses to export a session into which a known key was pasted, and writes nothing', async () => {
    const id = seedSession('Leaky');
    store.apply(id, [{ type: 'setDraft', paneId: 'pane-1', draft: `my key is ${API_KEY}` }]);
    expect(() => store.exportSessions({ ids: [id], knownSecrets: [API_KEY] })).toThrow(
      expect.objectContaining({
        error: expect.objectContaining({
          code: 'validation',
          reason: 'session_holds_key',
          params: { name: 'Leaky' },
        }),
      }),
    );
  });

  it('redacts variables and function-call members whose names look secret, on request', () => {
    const id = seedSession('Secrets', {
      api_key: API_KEY,
      sessionToken: 'abc',
      password: 'hunter22',
      keyboard: 'de',
    });
    const plain = store.exportSessions({ ids: [id] });
    expect(JSON.stringify(plain)).toContain('hunter22');

    const redacted = store.exportSessions({ ids: [id], redactSecrets: true, knownSecrets: [API_KEY] });
    const text = JSON.stringify(redacted);
    expect(redacted.redacted).toBe(true);
    for (const secret of [API_KEY, 'hunter22', 'tok-123456789', '"abc"']) expect(text).not.toContain(secret);
    expect(text).toContain('"keyboard":"de"');
    expect(text).toContain('"customer_name":"Ada"');
    expect(text).toContain('"slot":"10:00"');
  });

  it('recognises secret-looking names by whole words', () => {
    expect(
      ['apiKey', 'API_KEY', 'x-api-key', 'APIKEY', 'accessToken', 'db_password', 'clientSecret'].every(
        looksSecret,
      ),
    ).toBe(true);
    expect(['keyboard', 'monkey', 'tokenizer', 'customer_name'].some(looksSecret)).toBe(false);
  });
});

describe('import', () => {
  // The same round trip as the sessions:export and sessions:import channels: JSON text out, JSON text in.
  const exportText = (ids?: string[]) => JSON.stringify(store.exportSessions(ids ? { ids } : {}));
  const importText = (text: string, options: Parameters<SessionStore['importSessions']>[1] = {}) =>
    store.importSessions(JSON.parse(text), options);

  it('brings an exported session back into an empty store', async () => {
    const id = seedSession('Round trip');
    const original = store.get(id);
    const text = exportText();
    store.delete(id);
    const report = importText(text);
    expect(report).toEqual({
      imported: [id],
      conflicts: [],
      skipped: [],
      replaced: [],
      backups: [],
      assistantVersions: 0,
    });
    expect(store.get(id)).toEqual(original);
  });

  it('reports conflicts and imports nothing unless told what to do', async () => {
    const existing = seedSession('Existing');
    const text = exportText();
    store.delete(existing);
    const fresh = seedSession('Fresh');
    const exported = JSON.parse(text);
    exported.sessions.push({ ...store.exportSessions({ ids: [fresh] }).sessions[0], name: 'Fresh, changed' });
    const edited = JSON.stringify(exported);

    const report = importText(edited);
    expect(report.conflicts).toEqual([{ id: fresh, name: 'Fresh, changed' }]);
    expect(report.imported).toEqual([]);
    expect(store.list().map((summary) => summary.name)).toEqual(['Fresh']);

    const skipped = importText(edited, { onConflict: 'skip' });
    expect(skipped).toMatchObject({ imported: [existing], skipped: [fresh] });
    expect(store.get(fresh).name).toBe('Fresh');
  });

  it('replaces or copies a conflicting session when asked to', async () => {
    const id = seedSession('Original');
    const text = exportText([id]);
    renameSession(store, id, 'Changed since the export');

    const copied = importText(text, { onConflict: 'copy' });
    const [copyId = ''] = copied.imported;
    expect(copyId).not.toBe(id);
    expect(store.get(copyId).name).toBe('Original (imported)');
    expect(store.get(id).name).toBe('Changed since the export');

    const replaced = importText(text, { onConflict: 'replace' });
    expect(replaced).toMatchObject({ imported: [id], replaced: [id] });
    expect(store.get(id).name).toBe('Original');
  });

  describe('never overwrites something newer without asking', () => {
    const sessionFile = (id: string) => join(dir, 'sessions', `${id}.json`);
    /** An older copy of a session, and its file on disk turned into one a newer version of the app wrote. */
    const newerVersionOnDisk = async () => {
      const id = seedSession('Mine');
      const olderCopy = exportText([id]);
      await store.close();
      const record = JSON.parse(readFileSync(sessionFile(id), 'utf8'));
      const newer = JSON.stringify({ ...record, schemaVersion: 99, name: 'Written by a newer app' });
      writeFileSync(sessionFile(id), newer);
      store = await openStore(dir);
      return { id, olderCopy, newer };
    };

    it('reports a file from a newer version as a conflict on import, and keeps it', async () => {
      const { id, olderCopy, newer } = await newerVersionOnDisk();
      const report = importText(olderCopy);
      expect(report.conflicts).toEqual([{ id, name: 'Mine' }]);
      expect(report.imported).toEqual([]);
      expect(readFileSync(sessionFile(id), 'utf8')).toBe(newer);
      expect(importText(olderCopy, { onConflict: 'skip' }).skipped).toEqual([id]);
      expect(readFileSync(sessionFile(id), 'utf8')).toBe(newer);
    });

    it('keeps a backup of a file from a newer version when the person chooses to replace it', async () => {
      const { id, olderCopy, newer } = await newerVersionOnDisk();
      const report = importText(olderCopy, { onConflict: 'replace' });
      expect(report.replaced).toEqual([id]);
      expect(report.backups).toEqual([{ id, file: expect.stringContaining(`${id}.replaced-`) }]);
      expect(readFileSync(report.backups[0]?.file ?? '', 'utf8')).toBe(newer);
      expect(store.get(id).name).toBe('Mine');
    });

    it('keeps a backup when an older copy replaces a session changed since it was exported', async () => {
      let clock = Date.parse('2026-05-01T10:00:00Z');
      await store.close();
      store = await openStore(dir, { now: () => new Date((clock += 1000)) });
      const id = seedSession('Exported');
      const olderCopy = exportText([id]);
      renameSession(store, id, 'Changed later');
      await store.flush();
      const changed = readFileSync(sessionFile(id), 'utf8');

      const report = importText(olderCopy, { onConflict: 'replace' });
      expect(report.backups).toEqual([{ id, file: expect.stringContaining(`${id}.replaced-`) }]);
      expect(JSON.parse(readFileSync(report.backups[0]?.file ?? '', 'utf8')).name).toBe('Changed later');
      expect(JSON.parse(changed).name).toBe('Changed later');
    });

    it('refuses to restore an older copy over a file from a newer version', async () => {
      const { id, newer } = await newerVersionOnDisk();
      const at = '2026-01-01T00:00:00.000Z';
      const session = {
        id,
        name: 'Mine, deleted long ago',
        createdAt: at,
        updatedAt: at,
        notes: '',
        revision: 0,
        variableSets: [],
        replayScripts: [],
        lastComparison: null,
        panes: [],
      };
      expect(() => store.restore(session)).toThrow('session_id_taken');
      expect(readFileSync(sessionFile(id), 'utf8')).toBe(newer);
    });
  });

  it('validates the file and imports nothing from an invalid one', async () => {
    const id = seedSession('Valid');
    const text = exportText([id]);
    store.delete(id);
    const exported = JSON.parse(text);
    exported.sessions.push({ ...exported.sessions[0], id: 'second', createdAt: 'yesterday' });
    expect(() => importText(JSON.stringify(exported))).toThrow(
      expect.objectContaining({
        error: expect.objectContaining({
          code: 'validation',
          reason: 'import_session_invalid',
          params: { index: 2 },
        }),
      }),
    );
    expect(() => importText('{"sessions": []}')).toThrow('import_not_an_export');
    expect(store.list()).toEqual([]);
  });

  it('migrates version-1 sessions inside an export', async () => {
    const v1 = JSON.parse(
      readFileSync(join(import.meta.dirname, '../testing/fixtures/v1-session.json'), 'utf8'),
    );
    const report = store.importSessions({
      format: 'famulor-playground-sessions',
      exportedAt: '2026-03-03T08:00:00.000Z',
      redacted: false,
      sessions: [v1],
    });
    expect(report.imported).toEqual(['legacy-support-chat']);
    expect(store.get('legacy-support-chat').panes[0]?.transcript).toHaveLength(3);
  });
});
