import type { AppCommand } from './commandRegistry';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../i18n';
import { selectView, useUiStore } from '../../stores/uiStore';
import { CommandCenter } from './CommandCenter';
import { registerCommands } from './commandRegistry';
import { usePaletteStore } from './paletteStore';
import { stubLayoutForCmdk } from '../../testing/cmdkTestKit';

// The overlays' code loads the first time one opens; under a busy test run that can take a while.
const FIRST_LOAD = { timeout: 10_000 };

describe('CommandCenter', () => {
  beforeAll(async () => {
    await initI18n('en');
    stubLayoutForCmdk();
  });
  afterEach(() => {
    act(() => usePaletteStore.getState().close());
    useUiStore.setState({ view: 'playground' });
  });

  it('opens the palette with Ctrl+K and runs the chosen command', async () => {
    const user = userEvent.setup();
    const addPane = vi.fn();
    render(<CommandCenter />);
    const unregister = registerCommands([
      {
        id: 'test.addPane',
        group: 'playground',
        titleKey: 'Add a test pane' as AppCommand['titleKey'],
        keywords: ['side by side'],
        run: addPane,
      },
    ]);
    expect(screen.queryByTestId('command-palette')).toBeNull();

    await user.keyboard('{Control>}k{/Control}');
    // The palette's code loads on first use.
    expect(await screen.findByTestId('command-palette', {}, FIRST_LOAD)).toBeTruthy();
    await user.type(screen.getByTestId('command-palette-input'), 'side by side');
    expect(screen.getByTestId('command-test.addPane')).toBeTruthy();
    expect(screen.queryByTestId('command-view.settings')).toBeNull();
    await user.keyboard('{Enter}');

    expect(addPane).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('command-palette')).toBeNull();
    unregister();
  });

  it.each([
    ['Add pane', 'pane.add'],
    ['add p', 'pane.add'],
    ['Export session as Markdown', 'session.export.markdown'],
    ['markdown', 'session.export.markdown'],
    ['New session', 'session.new'],
  ])('puts an exact or prefix match first: "%s" runs %s', async (typed, expected) => {
    const user = userEvent.setup();
    const ran = vi.fn();
    render(<CommandCenter />);
    const command = (id: string, title: string, keywords: string[] = []): AppCommand => ({
      id,
      group: id.startsWith('pane') ? 'playground' : 'session',
      titleKey: title as AppCommand['titleKey'],
      keywords,
      run: () => ran(id),
    });
    const unregister = registerCommands([
      command('session.new', 'New session'),
      command('session.export.markdown', 'Export session as Markdown', [
        'export',
        'download',
        'share',
        'markdown',
      ]),
      command('session.export.html', 'Export session as HTML', ['export', 'download', 'share', 'html']),
      command('pane.add', 'Add pane'),
      command('pane.reset', 'Reset pane'),
    ]);
    await user.keyboard('{Control>}k{/Control}');
    await user.type(await screen.findByTestId('command-palette-input', {}, FIRST_LOAD), typed);
    await user.keyboard('{Enter}');
    expect(ran.mock.calls).toEqual([[expected]]);
    unregister();
  });

  it('reaches the built-in commands, e.g. switching the view', async () => {
    const user = userEvent.setup();
    render(<CommandCenter />);
    await user.keyboard('{Control>}k{/Control}');
    await user.type(await screen.findByTestId('command-palette-input', {}, FIRST_LOAD), 'Go to Settings');
    await user.click(screen.getByTestId('command-view.settings'));
    expect(selectView(useUiStore.getState())).toBe('settings');
  });

  it('lists every shortcut from the registry in the help overlay, opened with ? and closed with Escape', async () => {
    const user = userEvent.setup();
    render(<CommandCenter />);
    const unregister = registerCommands([
      {
        id: 'test.broadcast',
        group: 'playground',
        titleKey: 'Toggle broadcast' as AppCommand['titleKey'],
        shortcuts: [{ key: 'b', mod: true }],
        run: vi.fn(),
      },
    ]);
    await user.keyboard('?');
    const help = await screen.findByTestId('shortcut-help', {}, FIRST_LOAD);
    expect(help.textContent).toContain('Toggle broadcast');
    expect(help.textContent).toContain('Open command palette');
    expect(help.textContent).toContain('Show keyboard shortcuts');
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('shortcut-help')).toBeNull();
    unregister();
  });

  it('does not take a plain ? away from a text field', async () => {
    const user = userEvent.setup();
    render(
      <>
        <input aria-label="composer" />
        <CommandCenter />
      </>,
    );
    await user.type(screen.getByLabelText('composer'), 'Why?');
    expect(screen.queryByTestId('shortcut-help')).toBeNull();
  });
});
