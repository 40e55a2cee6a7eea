import type { AppCommand } from './commandRegistry';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../i18n';
import { CommandCenter } from './CommandCenter';
import { registerCommands } from './commandRegistry';
import { stubLayoutForCmdk } from '../../testing/cmdkTestKit';
import { usePaletteStore } from './paletteStore';

// The palette's code arrives only when the test lets it: what is typed meanwhile must not be lost.
const chunk = vi.hoisted(() => {
  let release: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => (release = resolve));
  return { arrived, release: () => release() };
});
vi.mock('./CommandPalette', async (importOriginal) => {
  await chunk.arrived;
  return importOriginal();
});

describe('the first Ctrl+K, before the palette’s code has loaded', () => {
  beforeAll(async () => {
    await initI18n('en');
    stubLayoutForCmdk();
  });
  afterEach(() => act(() => usePaletteStore.getState().close()));

  it('keeps every key typed while the code loads, and Enter runs the command they name', async () => {
    const user = userEvent.setup();
    const ran = vi.fn();
    render(
      <>
        <textarea aria-label="Message" />
        <CommandCenter />
      </>,
    );
    const command = (id: string, title: string): AppCommand => ({
      id,
      group: 'general',
      titleKey: title as AppCommand['titleKey'],
      run: () => ran(id),
    });
    const unregister = registerCommands([
      command('view.settings', 'Go to Settings'),
      command('session.new', 'New session'),
    ]);
    await user.click(screen.getByLabelText('Message'));

    await user.keyboard('{Control>}k{/Control}');
    await user.keyboard('New ses');
    chunk.release();
    const input = await screen.findByTestId('command-palette-input');
    expect(input).toHaveProperty('value', 'New ses');
    await user.keyboard('sion');
    expect(input).toHaveProperty('value', 'New session');
    await user.keyboard('{Enter}');

    expect(ran.mock.calls).toEqual([['session.new']]);
    expect(screen.getByLabelText('Message')).toHaveProperty('value', '');
    unregister();
  });
});
