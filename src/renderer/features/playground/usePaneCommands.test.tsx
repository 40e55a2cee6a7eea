import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../stores/appStore';
import { CLARA, openTestSession } from '../../testing/storeTestKit';
import { useUiStore } from '../../stores/uiStore';
import { useCommandRegistry } from '../palette/commandRegistry';
import { usePaneCommands } from './usePaneCommands';

const failedAt = Date.parse('2026-06-15T10:00:00Z');
const listed = () => useCommandRegistry.getState().commands.map((command) => command.id);

describe('the focused pane in the palette', () => {
  afterEach(() => vi.useRealTimers());

  it('offers Retry only once a rate limit has run out, like the pane’s own button', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(failedAt + 4_000);
    const session = openTestSession([CLARA]);
    const paneId = session.panes[0]?.id ?? '';
    useUiStore.getState().focusPane(paneId);
    useAppStore.setState({
      runtime: {
        [paneId]: {
          inFlight: null,
          failure: {
            text: 'Hi',
            at: failedAt,
            error: { code: 'rate_limited', reason: 'account_rate_limited', retryAfterMs: 10_000 },
          },
        },
      },
    });
    renderHook(() => usePaneCommands());
    expect(listed()).not.toContain('pane.retry');
    await act(() => vi.advanceTimersByTimeAsync(6_500));
    expect(listed()).toContain('pane.retry');
  });
});
