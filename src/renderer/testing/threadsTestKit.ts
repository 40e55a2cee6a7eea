import { act, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { ConversationDetail, ConversationSummary, HistoryEntry } from '../../shared/domain/famulor';
import type { Result } from '../../shared/result';
import { removeFakeMain, type FakeHandlers } from './fakeMainTestKit';
import { initI18n } from '../i18n';
import { useAppStore } from '../stores/appStore';
import { EMPTY_FILTERS } from '../stores/threadFilters';
import { ThreadsView } from '../features/threads/ThreadsView';

/** Test support: main's answers about threads, and seeded-looking threads. */
/**
 * Main's answers about one thread, all from `answer`: a refresh (`conversation:get`), and an opening as main
 * answers it — the latest entries it asked for, the earlier ones held for one `conversation:earlier`.
 */
export const threadAnswers = (
  answer: () => Promise<Result<ConversationDetail>> | Result<ConversationDetail>,
): FakeHandlers => {
  const held = new Map<string, HistoryEntry[]>();
  return {
    'conversation:get': answer,
    'conversation:open': async (input) => {
      const result = await answer();
      if (!result.ok) return result;
      const { latest } = input;
      const count = Math.max(0, result.data.history.length - latest);
      const hold = `hold-${held.size + 1}`;
      if (count > 0) held.set(hold, result.data.history.slice(0, count));
      return {
        ok: true,
        data: {
          detail: { ...result.data, history: result.data.history.slice(count) },
          earlier: count > 0 ? { count, hold } : null,
        },
      };
    },
    'conversation:earlier': (input) => {
      const { hold } = input;
      const entries = held.get(hold);
      held.delete(hold);
      return entries
        ? { ok: true, data: entries }
        : { ok: false, error: { code: 'not_found', reason: 'history_hold_gone' } };
    },
  };
};

export const resetThreadsStore = () =>
  useAppStore.setState({
    threadList: { filters: EMPTY_FILTERS, status: 'idle', page: null, error: null, pageNumber: 1, loads: 0 },
    openThread: null,
    assistants: { list: [], status: 'ready', error: null },
  });

export const summary = (id: string, change: Partial<ConversationSummary> = {}): ConversationSummary => ({
  id,
  assistantId: '3f6c1b2e-8d4a-4c7e-9b1f-2a5d7e9c0b13',
  assistantName: 'Clara',
  type: 'whatsapp',
  variables: null,
  messageCount: 4,
  totalCost: 0.02,
  aiEnabled: true,
  createdAt: '2026-06-01 10:00:00',
  updatedAt: '2026-06-01 10:05:00',
  externalIdentifier: null,
  whatsappSender: { name: 'Clinic', phone: '+4930123456101' },
  customer: { name: 'Anna Schmidt', phone: '+4915112345671' },
  ...change,
});

export const history = (count: number): HistoryEntry[] =>
  Array.from({ length: count }, (_, index) =>
    index % 2 === 0
      ? { role: 'user', content: `Where is my parcel NW-${index}?`, functionCalls: [] }
      : {
          role: 'assistant',
          content: `Order NW-${index - 1} is on its way.`,
          functionCalls: [
            { name: 'track_order', arguments: { order: `NW-${index - 1}` }, result: { status: 'shipped' } },
          ],
        },
  );

export const detail = (
  entries: HistoryEntry[],
  change: Partial<ConversationDetail> = {},
): ConversationDetail => ({
  history: entries,
  variables: { customer_name: 'Anna Schmidt' },
  externalIdentifier: null,
  whatsappSender: { name: 'Clinic', phone: '+4930123456101' },
  customer: { name: 'Anna Schmidt', phone: '+4915112345671' },
  ...change,
});

/** jsdom lays nothing out; the virtualized lists need a viewport and row heights to render rows at all. */
export const fakeLayout = () => {
  const restore = ['clientHeight', 'clientWidth', 'offsetHeight'].map((property) => {
    const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, property);
    const value = property === 'clientHeight' ? 700 : property === 'clientWidth' ? 900 : 60;
    Object.defineProperty(HTMLElement.prototype, property, { configurable: true, get: () => value });
    return () => {
      if (original) Object.defineProperty(HTMLElement.prototype, property, original);
    };
  });
  return () => restore.forEach((undo) => undo());
};

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });

/** A reader's tests: English, a laid-out viewport, and a fresh store and no fake main for every test. */
/** The threads view with one thread opened (from a list row with `change`), once its messages are on screen. */
export const showThread = async (conversationId: string, change: Partial<ConversationSummary> = {}) => {
  render(createElement(ThreadsView));
  await act(() => useAppStore.getState().openThreadById(conversationId, summary(conversationId, change)));
  await screen.findByTestId('thread-messages');
};

export const setUpReaderTests = () => {
  let restoreLayout: () => void = () => undefined;
  beforeAll(async () => {
    await initI18n('en');
    restoreLayout = fakeLayout();
  });
  afterAll(() => restoreLayout());
  beforeEach(resetThreadsStore);
  afterEach(removeFakeMain);
};
