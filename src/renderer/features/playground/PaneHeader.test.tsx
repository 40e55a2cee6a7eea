import { render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import { createPane, NO_ASSISTANT } from '../../stores/paneModel';
import { PaneHeader } from './PaneHeader';

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
});
