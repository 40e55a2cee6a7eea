import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionStore } from './sessionStoreApi';
import {
  appendMessage,
  closeStores,
  makePane,
  makeTempDir,
  openStore,
  renameSession,
} from '../testing/sessionTestKit';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(async () => {
  await closeStores();
  cleanup();
});

const LONG_REPLY = `${'We have several options for you. '.repeat(20)}The Terminvereinbarung for Herr Müller is confirmed for Tuesday at 09:00. ${'Anything else? '.repeat(20)}`;

/** Clara's session with a greeting, the user's message and a long reply; Max's session with one message. */
const twoSessions = (store: SessionStore) => {
  const clara = store.create({ name: 'Booking', panes: [makePane({ id: 'p1', title: 'Clara' })] });
  appendMessage(store, clara.id, 'p1', { role: 'assistant', content: 'Hello, I am Clara.' });
  appendMessage(store, clara.id, 'p1', {
    role: 'user',
    content: 'I would like an appointment on Tuesday morning',
  });
  appendMessage(store, clara.id, 'p1', { role: 'assistant', content: LONG_REPLY, id: 'reply' });
  const max = store.create({
    name: 'Returns',
    panes: [makePane({ id: 'q1', assistant: { id: 8, uuid: null, name: 'Max' } })],
  });
  appendMessage(store, max.id, 'q1', { role: 'user', content: 'Where is order NW-10482?' });
  return { clara: clara.id, max: max.id };
};

describe('full-text search over the sessions', () => {
  it('finds the user’s own message, not only the latest one, with the word marked in context', async () => {
    const store = await openStore(dir);
    const { clara } = twoSessions(store);
    const [hit, ...rest] = store.search('tuesday');
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({
      sessionId: clara,
      count: 2,
      snippet: {
        paneId: 'p1',
        role: 'user',
        before: 'I would like an appointment on ',
        match: 'Tuesday',
        after: ' morning',
      },
    });
  });

  it('ignores case and accents, finds parts of German compounds, and wants every word', async () => {
    const store = await openStore(dir);
    const { clara } = twoSessions(store);
    const [hit] = store.search('MULLER vereinbarung');
    expect(hit?.sessionId).toBe(clara);
    // The longest word is shown, in the middle of the long reply, cut on both sides.
    expect(hit?.snippet).toMatchObject({ entryId: 'reply', match: 'vereinbarung' });
    expect(hit?.snippet?.before.startsWith('…')).toBe(true);
    expect(hit?.snippet?.before.endsWith('The Termin')).toBe(true);
    expect(hit?.snippet?.after.endsWith('…')).toBe(true);
    expect(store.search('müller nw-10482')).toEqual([]);
  });

  it('finds a session by its name or an assistant’s name, without a message to show', async () => {
    const store = await openStore(dir);
    const { max } = twoSessions(store);
    expect(store.search('max')).toEqual([{ sessionId: max, count: 1, snippet: null }]);
    expect(store.search('   ')).toEqual([]);
  });

  it('follows the changes: a new message, a reset pane, a rename, a deleted session', async () => {
    const store = await openStore(dir);
    const { clara, max } = twoSessions(store);
    expect(store.search('refund')).toEqual([]);
    appendMessage(store, max, 'q1', { role: 'assistant', content: 'Your refund is on its way.' });
    expect(store.search('refund').map((hit) => hit.sessionId)).toEqual([max]);

    store.apply(max, [{ type: 'resetPane', paneId: 'q1' }]);
    expect(store.search('refund')).toEqual([]);

    renameSession(store, clara, 'Dentist refund case');
    expect(store.search('refund').map((hit) => hit.sessionId)).toEqual([clara]);

    store.delete(clara);
    expect(store.search('refund')).toEqual([]);
  });

  it('searches sessions that were never opened since the start, newest change first', async () => {
    // A clock a second apart per change, so that "newest change first" has no ties.
    let tick = Date.parse('2026-12-01T08:00:00.000Z');
    const first = await openStore(dir, { now: () => new Date((tick += 1000)) });
    const { clara, max } = twoSessions(first);
    appendMessage(first, clara, 'p1', { role: 'user', content: 'One more order question' });
    await first.close();

    const store = await openStore(dir);
    await store.prepareSearch();
    expect(store.search('order').map((hit) => hit.sessionId)).toEqual([clara, max]);
  });
});
