import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../../../shared/domain/session';
import { initI18n } from '../../i18n';
import { useAppStore } from '../../stores/appStore';
import { selectView, useUiStore } from '../../stores/uiStore';
import { CommandCenter } from './CommandCenter';
import { usePaletteStore } from './paletteStore';
import { stubLayoutForCmdk } from '../../testing/cmdkTestKit';
import { installFakeMain, removeFakeMain } from '../../testing/fakeMainTestKit';

// The palette's code loads the first time it opens; under a busy test run that can take a while.
const FIRST_LOAD = { timeout: 10_000 };
const ID = '0b8e2c4a-1f3d-4e5a-9c7b-6d2e1f0a9b8c';

const session: Session = {
  id: 'palette-session',
  name: 'Palette demo',
  createdAt: '2026-03-10T08:00:00.000Z',
  updatedAt: '2026-03-10T09:00:00.000Z',
  notes: '',
  revision: 0,
  variableSets: [],
  replayScripts: [],
  lastComparison: null,
  panes: [
    {
      id: 'pane-1',
      title: 'Clara',
      assistant: { id: 7, uuid: null, name: 'Clara' },
      conversationType: 'test',
      variables: {},
      conversationId: 'conv-1',
      profileId: 'offline-demo',
      draft: '',
      costUsd: 0,
      transcript: [
        {
          id: 'm-1',
          role: 'user',
          content: 'Hello from the palette',
          functionCalls: [],
          at: '2026-03-10T08:01:00.000Z',
          latencyMs: null,
        },
      ],
    },
  ],
};

const typeInPalette = async (text: string) => {
  const user = userEvent.setup();
  render(<CommandCenter />);
  act(() => usePaletteStore.getState().open('palette'));
  const input = await screen.findByTestId('command-palette-input', {}, FIRST_LOAD);
  await user.click(input);
  await user.paste(text);
  return user;
};

describe('workspace palette commands', () => {
  const openThreadById = vi.fn(async () => undefined);
  beforeAll(async () => {
    await initI18n('en');
    stubLayoutForCmdk();
  });
  beforeEach(() => {
    openThreadById.mockClear();
    useAppStore.setState({ openThreadById });
  });
  afterEach(() => {
    act(() => usePaletteStore.getState().close());
    useUiStore.setState({ view: 'playground' });
    useAppStore.setState((state) => ({ sessions: { ...state.sessions, current: null } }));
    vi.restoreAllMocks();
  });

  it('opens the conversation behind a pasted famulor-playground:// link', async () => {
    const user = await typeInPalette(`  famulor-playground://conversation/${ID.toUpperCase()}  `);
    const command = screen.getByTestId('command-thread.open');
    expect(command.textContent).toBe(`Open thread “${ID}”`);
    await user.click(command);
    expect(openThreadById).toHaveBeenCalledWith(ID);
    expect(selectView(useUiStore.getState())).toBe('threads');
  });

  it('opens a bare UUID', async () => {
    const user = await typeInPalette(ID);
    await user.click(screen.getByTestId('command-thread.open'));
    expect(openThreadById).toHaveBeenCalledWith(ID);
  });

  it('offers no thread for text that is neither a UUID nor a conversation link', async () => {
    await typeInPalette('famulor-playground://conversation/not-a-uuid');
    expect(screen.queryByTestId('command-thread.open')).toBeNull();
    expect(openThreadById).not.toHaveBeenCalled();
  });

  it('exports the open session as Markdown', async () => {
    useAppStore.setState((state) => ({ sessions: { ...state.sessions, current: session } }));
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:session');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    installFakeMain(async (channel) =>
      channel === 'exports:check'
        ? { ok: true, data: { clean: true } }
        : { ok: false, error: { code: 'internal', reason: 'unexpected', diagnostic: channel } },
    );
    const user = await typeInPalette('Export session as Markdown');
    await user.click(screen.getByTestId('command-session.export.markdown'));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    removeFakeMain();
    const blob = createObjectURL.mock.calls[0]?.[0];
    expect(blob?.type).toMatch(/^text\/markdown/);
    expect(await blobText(blob)).toContain('Hello from the palette');
  });

  it('renames the session to the text after “rename”, and offers no rename for a command’s name', async () => {
    useAppStore.setState((state) => ({ sessions: { ...state.sessions, current: session } }));
    const renameSession = vi.fn(async (_id: string, _name: string) => null);
    useAppStore.setState({ renameSession });
    const user = await typeInPalette('Add pane');
    expect(screen.queryByTestId('command-session.rename')).toBeNull();
    await user.clear(screen.getByTestId('command-palette-input'));
    await user.paste('rename Demo Berlin');
    expect(screen.getByTestId('command-session.rename').textContent).toBe(
      'Rename this session to “Demo Berlin”',
    );
    await user.keyboard('{Enter}');
    expect(renameSession).toHaveBeenCalledWith(session.id, 'Demo Berlin');
  });

  it('offers the rename for text no command matches', async () => {
    useAppStore.setState((state) => ({ sessions: { ...state.sessions, current: session } }));
    await typeInPalette('Termin Dienstag');
    expect(screen.getByTestId('command-session.rename').textContent).toBe(
      'Rename this session to “Termin Dienstag”',
    );
  });

  it('offers no session export while no session is open', async () => {
    await typeInPalette('Export session as');
    expect(screen.queryByTestId('command-session.export.markdown')).toBeNull();
  });
});

// jsdom's Blob has no text(); its FileReader does.
const blobText = (blob: Blob | undefined) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob ?? new Blob());
  });
