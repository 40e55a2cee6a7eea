import { render, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OFFLINE_DEMO_PROFILE } from '../../../shared/domain/profile';
import { useAppStore } from '../../stores/appStore';
import { initI18n } from '../../i18n';
import { createPane, NO_ASSISTANT } from '../../stores/paneModel';
import { PaneHeader } from './PaneHeader';
import { installFakeMain, removeFakeMain } from '../../testing/fakeMainTestKit';

const widgetPane = (costUsd: number) => ({
  ...createPane({ assistant: NO_ASSISTANT, conversationType: 'widget', variables: {} }),
  costUsd,
});

describe('a billed pane’s cost', () => {
  beforeAll(async () => {
    await initI18n('en');
  });
  afterEach(async () => {
    await i18next.changeLanguage('en');
  });

  it('is written the way the interface’s language writes amounts', async () => {
    const { unmount } = render(<PaneHeader pane={widgetPane(0.02)} index={0} />);
    expect(screen.getByTestId('pane-cost').textContent).toBe('billed · $0.02');
    unmount();
    await i18next.changeLanguage('de');
    render(<PaneHeader pane={widgetPane(0.02)} index={0} />);
    expect(screen.getByTestId('pane-cost').textContent?.replace(/\u00a0/g, ' ')).toBe(
      'kostenpflichtig · 0,02 $',
    );
  });

  it('shows what is left on the account, asked again after each billed message', async () => {
    let balance = 12.4;
    const tests: unknown[] = [];
    installFakeMain(async (channel, input) => {
      if (channel !== 'profiles:test')
        return { ok: false, error: { code: 'internal', reason: 'unexpected' } };
      tests.push(input);
      return { ok: true, data: { name: 'Demo', email: 'demo@example.com', totalBalance: balance } };
    });
    useAppStore.setState((state) => ({
      profiles: { ...state.profiles, list: [OFFLINE_DEMO_PROFILE], activeId: OFFLINE_DEMO_PROFILE.id },
    }));
    const { rerender } = render(<PaneHeader pane={widgetPane(0)} index={0} />);
    await waitFor(() =>
      expect(screen.getByTestId('pane-cost').textContent).toBe('billed · $0.00 · balance $12.40'),
    );
    balance = 12.39;
    rerender(<PaneHeader pane={widgetPane(0.01)} index={0} />);
    await waitFor(() => expect(screen.getByTestId('pane-balance').textContent).toBe(' · balance $12.39'));
    expect(tests).toEqual([{ id: 'offline-demo' }, { id: 'offline-demo' }]);
    removeFakeMain();
  });
});
