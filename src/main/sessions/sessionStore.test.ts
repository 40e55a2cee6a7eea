import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SESSION_SCHEMA_VERSION } from '../../shared/domain/sessionFormat';
import { AppFailure } from '../../shared/result';
import {
  appendMessage,
  closeStores,
  makePane,
  makeTempDir,
  newStore,
  openStore,
  renameSession,
} from '../testing/sessionTestKit';

let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
});
afterEach(async () => {
  vi.useRealTimers();
  await closeStores();
  cleanup();
});

const sessionFile = (id: string) => join(dir, 'sessions', `${id}.json`);
const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8'));

describe('session store', () => {
  it('brings back sessions, panes, drafts, variable sets and scripts exactly as they were left', async () => {
    const store = await openStore(dir);
    const created = store.create({
      name: 'Refund flow',
      notes: 'try the refund intent',
      panes: [makePane()],
    });
    store.apply(created.id, [
      { type: 'setDraft', paneId: 'pane-1', draft: 'half-typed message' },
      { type: 'putVariableSet', set: { id: 'vars-1', name: 'VIP', variables: { tier: 'gold' } } },
      { type: 'setComparison', comparison: { scriptName: 'Refund', paneIds: ['pane-1'] } },
    ]);
    appendMessage(store, created.id, 'pane-1', { role: 'user', content: 'Hello' });
    appendMessage(store, created.id, 'pane-1', {
      role: 'assistant',
      content: 'Hi Ada',
      functionCalls: [{ name: 'lookup', arguments: { q: 'Ada' }, result: { found: true } }],
      latencyMs: 812,
    });
    const before = store.get(created.id);
    await store.close();

    const reopened = newStore(dir);
    const loaded = await reopened.load();
    expect(loaded.problems).toEqual([]);
    expect(loaded.sessions).toEqual([
      expect.objectContaining({ id: created.id, name: 'Refund flow', messageCount: 2, preview: 'Hi Ada' }),
    ]);
    expect(reopened.get(created.id)).toEqual(before);
    expect(before.panes[0]?.draft).toBe('half-typed message');
    expect(before.variableSets).toEqual([{ id: 'vars-1', name: 'VIP', variables: { tier: 'gold' } }]);
    expect(before.lastComparison).toEqual({ scriptName: 'Refund', paneIds: ['pane-1'] });
    expect(before.revision).toBe(3);
  });

  it('coalesces a burst of changes into one write after the quiet time', async () => {
    vi.useFakeTimers();
    const store = await openStore(dir, { debounceMs: 300, maxWaitMs: 2000 });
    const { id } = store.create({ panes: [makePane()] });
    const writtenAt = statSync(sessionFile(id)).mtimeMs;
    for (let n = 0; n < 5; n += 1) {
      appendMessage(store, id, 'pane-1', { role: 'user', content: `message ${n}` });
      vi.advanceTimersByTime(100);
    }
    expect(readJson(sessionFile(id)).panes).toEqual([expect.objectContaining({ transcript: [] })]);
    vi.advanceTimersByTime(300);
    const saved = readJson(sessionFile(id)) as { panes: { transcript: unknown[] }[] };
    expect(saved.panes[0]?.transcript).toHaveLength(5);
    expect(statSync(sessionFile(id)).mtimeMs).toBeGreaterThanOrEqual(writtenAt);
  });

  it('writes at the latest after maxWait while changes keep coming', async () => {
    vi.useFakeTimers();
    const store = await openStore(dir, { debounceMs: 300, maxWaitMs: 1000 });
    const { id } = store.create({ panes: [makePane()] });
    for (let n = 0; n < 10; n += 1) {
      store.apply(id, [{ type: 'setDraft', paneId: 'pane-1', draft: `typing ${n}` }]);
      vi.advanceTimersByTime(150);
    }
    const saved = readJson(join(dir, 'sessions', `${id}.drafts.json`)) as { drafts: Record<string, string> };
    expect(saved.drafts['pane-1']).toMatch(/^typing [5-9]$/);
  });

  it('writes a change of drafts alone to a small drafts file, not the whole session, and folds it back in', async () => {
    const store = await openStore(dir, { debounceMs: 5, maxWaitMs: 20 });
    const { id } = store.create({ panes: [makePane()] });
    appendMessage(store, id, 'pane-1', { role: 'user', content: 'x'.repeat(50_000) });
    await store.flush(id);
    const sessionBytes = readFileSync(sessionFile(id), 'utf8');
    const draftsFile = join(dir, 'sessions', `${id}.drafts.json`);

    store.apply(id, [{ type: 'setDraft', paneId: 'pane-1', draft: 'typed, then the app was killed' }]);
    await store.flush(id);
    expect(readFileSync(sessionFile(id), 'utf8')).toBe(sessionBytes);
    expect(statSync(draftsFile).size).toBeLessThan(200);
    // No close(): what a kill leaves behind opens with the draft.
    const reopened = await openStore(dir);
    expect(reopened.get(id)).toMatchObject({
      revision: 2,
      panes: [{ draft: 'typed, then the app was killed' }],
    });
    expect(reopened.list()).toEqual([expect.objectContaining({ id, messageCount: 1 })]);

    renameSession(reopened, id, 'Renamed');
    await reopened.flush(id);
    expect(existsSync(draftsFile)).toBe(false);
    expect(readJson(sessionFile(id))).toMatchObject({
      name: 'Renamed',
      revision: 3,
      panes: [{ draft: 'typed, then the app was killed' }],
    });
  });

  it('ignores a drafts file older than its session (left over from a write interrupted before its removal)', async () => {
    const store = await openStore(dir);
    const { id } = store.create({ panes: [makePane({ draft: 'current' })] });
    await store.close();
    writeFileSync(
      join(dir, 'sessions', `${id}.drafts.json`),
      JSON.stringify({ revision: 0, drafts: { 'pane-1': 'stale' } }),
    );
    const reopened = await openStore(dir);
    expect(reopened.get(id).panes[0]?.draft).toBe('current');
    expect(existsSync(join(dir, 'sessions', `${id}.drafts.json`))).toBe(false);
  });

  it('saving a message rewrites that session file only', async () => {
    const store = await openStore(dir);
    const a = store.create({ name: 'A', panes: [makePane()] });
    const b = store.create({ name: 'B', panes: [makePane()] });
    await store.flush();
    const untouched = readFileSync(sessionFile(b.id), 'utf8');
    const bMtime = statSync(sessionFile(b.id)).mtimeMs;
    appendMessage(store, a.id, 'pane-1', { role: 'user', content: 'only A changes' });
    await store.flush(a.id);
    expect(readFileSync(sessionFile(b.id), 'utf8')).toBe(untouched);
    expect(statSync(sessionFile(b.id)).mtimeMs).toBe(bMtime);
    expect(JSON.stringify(readJson(sessionFile(a.id)))).toContain('only A changes');
  });

  it('writes files with mode 0600 and a schema version', async () => {
    const store = await openStore(dir);
    const { id } = store.create();
    await store.flush();
    expect(statSync(sessionFile(id)).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'session-index.json')).mode & 0o777).toBe(0o600);
    expect(readJson(sessionFile(id)).schemaVersion).toBe(SESSION_SCHEMA_VERSION);
    expect(readJson(join(dir, 'session-index.json')).schemaVersion).toBe(SESSION_SCHEMA_VERSION);
  });

  it('repairs a stale index from the session files (an index write lost in a crash)', async () => {
    const store = await openStore(dir, { indexDebounceMs: 60_000 });
    const { id } = store.create({ name: 'Before', panes: [makePane()] });
    await store.flush();
    renameSession(store, id, 'After the crash');
    appendMessage(store, id, 'pane-1', { role: 'user', content: 'saved, but the index was not' });
    await store.flush(id);
    // No close(): the index still describes the session as it was before.
    expect(JSON.stringify(readJson(join(dir, 'session-index.json')))).toContain('Before');

    const reopened = newStore(dir);
    const { sessions, problems } = await reopened.load();
    expect(problems).toEqual([]);
    expect(sessions).toEqual([expect.objectContaining({ id, name: 'After the crash', messageCount: 1 })]);
  });

  it('deletes a session file and restores it for undo', async () => {
    const store = await openStore(dir);
    const { id } = store.create({ name: 'Keep me', panes: [makePane()] });
    appendMessage(store, id, 'pane-1', { role: 'user', content: 'hello' });
    const deleted = store.delete(id);
    expect(existsSync(sessionFile(id))).toBe(false);
    expect(store.list()).toEqual([]);
    expect(() => store.get(id)).toThrow(AppFailure);

    store.restore(deleted);
    await store.close();
    const reopened = await openStore(dir);
    expect(reopened.get(id)).toEqual(deleted);
    expect(() => reopened.restore(deleted)).toThrow('session_id_taken');
  });

  it('duplicates a session under a new id and lists newest first', async () => {
    let clock = Date.parse('2026-05-01T10:00:00.000Z');
    const store = await openStore(dir, { now: () => new Date((clock += 1000)) });
    const original = store.create({ name: 'Original', panes: [makePane()] });
    const copy = store.duplicate(original.id);
    expect(copy.id).not.toBe(original.id);
    expect(copy.name).toBe('Original (copy)');
    expect(copy.panes).toEqual(original.panes);
    expect(store.list().map((summary) => summary.name)).toEqual(['Original (copy)', 'Original']);
  });

  it('counts every change as a revision; a change to a closed pane changes nothing else', async () => {
    const store = await openStore(dir);
    const { id } = store.create({ name: 'Valid', panes: [makePane()] });
    expect(appendMessage(store, id, 'missing-pane', { role: 'user', content: 'x' }).revision).toBe(1);
    expect(renameSession(store, id, 'Renamed')).toMatchObject({ revision: 2, summary: { name: 'Renamed' } });
    expect(store.get(id)).toMatchObject({ revision: 2, panes: [{ transcript: [] }] });
    expect(() => store.apply('no-such-session', [{ type: 'rename', name: 'x' }])).toThrow(AppFailure);
  });

  it('reports a failed write from flush and keeps the change to retry', async () => {
    const store = await openStore(dir);
    const { id } = store.create({ panes: [makePane()] });
    appendMessage(store, id, 'pane-1', { role: 'user', content: 'pending' });
    // A directory where the file should be makes the rename of the temp file fail.
    const path = sessionFile(id);
    const saved = readFileSync(path);
    rmSync(path);
    mkdirSync(path);
    await expect(store.flush(id)).rejects.toMatchObject({ error: { code: 'storage' } });
    rmSync(path, { recursive: true });
    writeFileSync(path, saved);
    await store.flush(id);
    expect(JSON.stringify(readJson(path))).toContain('pending');
  });
});
