import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TranscriptEntry } from '../../../shared/domain/session';
import { initI18n } from '../../i18n';
import { useAppStore } from '../../stores/appStore';
import { CLARA, openTestSession } from '../../testing/storeTestKit';
import { stubLayoutForCmdk } from '../../testing/cmdkTestKit';
import * as dateTime from '../../lib/dateTime';
import { PlaygroundView } from './PlaygroundView';
import { installFakeMain, removeFakeMain } from '../../testing/fakeMainTestKit';

// Every transcript row formats its time once per render: the count of calls is the count of rows rendered.
vi.mock('../../lib/dateTime', async (importOriginal) => {
  const original = await importOriginal<typeof dateTime>();
  return { ...original, formatTime: vi.fn(original.formatTime) };
});

const entries = (pane: number, count: number): TranscriptEntry[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `p${pane}-e${index}`,
    role: index % 2 === 0 ? 'user' : 'assistant',
    content: `Message ${index}`,
    functionCalls: [],
    at: '2026-06-15T12:30:00.000Z',
    latencyMs: index % 2 === 0 ? null : 420,
  }));

describe('typing in a busy session', () => {
  beforeAll(async () => {
    await initI18n('en');
    // The pane group measures itself with a ResizeObserver, which jsdom lacks (as cmdk does).
    stubLayoutForCmdk();
    // The transcripts are virtualized: give every element a size so that their first screen of rows renders.
    for (const [property, size] of [
      ['clientHeight', 600],
      ['clientWidth', 400],
      ['offsetHeight', 600],
      ['offsetWidth', 400],
    ] as const) {
      vi.spyOn(HTMLElement.prototype, property, 'get').mockReturnValue(size);
    }
  });
  afterEach(removeFakeMain);

  it('renders no transcript row per keystroke, in any pane', async () => {
    // The assistant list the pickers read, and no scratch copies left by an earlier run.
    installFakeMain(async (channel) =>
      channel === 'lab:leftovers'
        ? { ok: true, data: [] }
        : { ok: true, data: { assistants: [], currentPage: 1, lastPage: 1, perPage: 100, total: 0 } },
    );
    const session = openTestSession([CLARA, CLARA]);
    useAppStore.setState((state) => ({
      sessions: {
        ...state.sessions,
        current: {
          ...session,
          panes: session.panes.map((pane, index) => ({ ...pane, transcript: entries(index, 40) })),
        },
      },
    }));
    render(<PlaygroundView />);
    const formatTime = vi.mocked(dateTime.formatTime);
    expect(formatTime.mock.calls.length).toBeGreaterThan(0);
    const composer = screen.getAllByRole('textbox', { name: /message/i })[0];
    if (!composer) throw new Error('no composer');
    formatTime.mockClear();
    for (const text of ['H', 'He', 'Hel', 'Hell', 'Hello']) {
      act(() => {
        fireEvent.change(composer, { target: { value: text } });
      });
    }
    expect(useAppStore.getState().sessions.current?.panes[0]?.draft).toBe('Hello');
    expect(formatTime).not.toHaveBeenCalled();
  });
});
