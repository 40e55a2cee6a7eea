import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import { useAppStore } from '../../stores/appStore';
import { stubLayoutForCmdk } from '../../testing/cmdkTestKit';
import { CommandCenter } from '../palette/CommandCenter';
import { usePaletteStore } from '../palette/paletteStore';
import { ThreadsView } from './ThreadsView';
import {
  detail,
  fakeLayout,
  history,
  ok,
  resetThreadsStore,
  summary,
  threadAnswers,
} from '../../testing/threadsTestKit';
import { installFakeMainByChannel, removeFakeMain } from '../../testing/fakeMainTestKit';

const ID = '0b8e2c4a-1f3d-4e5a-9c7b-6d2e1f0a9b8c';
// The palette's code loads the first time it opens; under a busy test run that can take a while.
const FIRST_LOAD = { timeout: 10_000 };

const runFromPalette = async (typed: string) => {
  const user = userEvent.setup();
  act(() => usePaletteStore.getState().open('palette'));
  await user.type(await screen.findByTestId('command-palette-input', {}, FIRST_LOAD), typed);
  await user.keyboard('{Enter}');
  return user;
};

describe('the threads view in the palette', () => {
  let restoreLayout: () => void;
  beforeAll(async () => {
    await initI18n('en');
    stubLayoutForCmdk();
    restoreLayout = fakeLayout();
  });
  afterAll(() => restoreLayout());
  beforeEach(resetThreadsStore);
  afterEach(() => {
    act(() => usePaletteStore.getState().close());
    removeFakeMain();
  });

  it('takes a thread over through the same confirmation as the button, then offers the hand-back', async () => {
    const fake = installFakeMainByChannel({
      ...threadAnswers(() => ok(detail(history(2)))),
      'conversation:disableAi': () => ok({ aiEnabled: false }),
    });
    render(
      <>
        <ThreadsView />
        <CommandCenter />
      </>,
    );
    await act(() => useAppStore.getState().openThreadById(ID, summary(ID, { aiEnabled: true })));
    await screen.findByTestId('thread-takeover');

    const user = await runFromPalette('Take this thread over');
    // Nothing is switched before the person confirms.
    expect(fake.callsTo('conversation:disableAi')).toHaveLength(0);
    await user.click(await screen.findByTestId('confirm-accept'));
    await waitFor(() => expect(screen.getByTestId('thread-ai-state').dataset.state).toBe('off'));
    expect(fake.callsTo('conversation:disableAi')).toHaveLength(1);

    act(() => usePaletteStore.getState().open('palette'));
    await user.type(await screen.findByTestId('command-palette-input'), 'thread');
    expect(screen.getByTestId('command-thread.handBack')).toBeTruthy();
    expect(screen.queryByTestId('command-thread.takeOver')).toBeNull();
    expect(screen.getByTestId('command-thread.export.json')).toBeTruthy();
    expect(screen.getByTestId('command-thread.openInPlayground')).toBeTruthy();
  });

  it('goes back to the list, which offers its reload, and the open thread’s commands are gone', async () => {
    installFakeMainByChannel({ ...threadAnswers(() => ok(detail(history(2)))) });
    render(
      <>
        <ThreadsView />
        <CommandCenter />
      </>,
    );
    await act(() => useAppStore.getState().openThreadById(ID, summary(ID)));
    await screen.findByTestId('thread-reader');
    await runFromPalette('Back to the thread list');
    expect(await screen.findByTestId('thread-browser')).toBeTruthy();

    act(() => usePaletteStore.getState().open('palette'));
    await userEvent.type(await screen.findByTestId('command-palette-input'), 'thread');
    expect(screen.getByTestId('command-threads.reload')).toBeTruthy();
    expect(screen.queryByTestId('command-thread.refresh')).toBeNull();
  });
});
