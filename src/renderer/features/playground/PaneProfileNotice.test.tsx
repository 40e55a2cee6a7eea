import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import i18next from 'i18next';
import { OFFLINE_DEMO_PROFILE } from '../../../shared/domain/profile';
import { useAppStore } from '../../stores/appStore';
import { CLARA, currentPanes, openTestSession, sessionApplyAnswers } from '../../testing/storeTestKit';
import { ConversationPane } from './ConversationPane';
import { installFakeMain, removeFakeMain } from '../../testing/fakeMainTestKit';

const PRODUCTION = { ...OFFLINE_DEMO_PROFILE, id: 'production', name: 'Production', kind: 'remote' as const };

/** A pane whose conversation started on the offline demo, seen while Production is active. */
const paneOnOtherProfile = () => {
  const activated: unknown[] = [];
  const applied = sessionApplyAnswers();
  installFakeMain(async (channel, input) => {
    if (channel === 'sessions:apply') return applied();
    if (channel === 'profiles:activate') activated.push(input);
    return { ok: false, error: { code: 'internal', reason: 'unexpected' } };
  });
  const { panes } = openTestSession([CLARA]);
  const paneId = panes[0]?.id ?? '';
  useAppStore.getState().changeSession([
    {
      type: 'appendEntries',
      paneId,
      entries: [],
      started: { conversationId: 'conv-1', profileId: 'offline-demo' },
    },
    { type: 'setDraft', paneId, draft: 'Is 10:00 free?' },
  ]);
  useAppStore.setState((state) => ({
    profiles: { ...state.profiles, list: [OFFLINE_DEMO_PROFILE, PRODUCTION], activeId: PRODUCTION.id },
  }));
  render(<ConversationPane paneId={paneId} index={0} />);
  return { paneId, activated };
};

describe('a pane whose conversation is on another profile', () => {
  beforeAll(async () => {
    await initI18n('en');
  });
  afterEach(async () => {
    removeFakeMain();
    await i18next.changeLanguage('en');
  });

  it('says whose conversation it is, cannot send, and switches back with one click', () => {
    const { activated } = paneOnOtherProfile();
    expect(screen.getByTestId('pane-other-profile').textContent).toContain(
      'This conversation is on the account of the profile “Offline demo”; “Production” is active now',
    );
    expect((screen.getByTestId('composer-send') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Not sent here: the conversation is on another profile')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Switch to “Offline demo”' }));
    expect(activated).toEqual([{ id: 'offline-demo' }]);
  });

  it('continues in a new pane on the active profile, taking the draft along (German)', async () => {
    await i18next.changeLanguage('de');
    paneOnOtherProfile();
    fireEvent.click(
      screen.getByRole('button', { name: 'In einem neuen Bereich auf „Production“ weitermachen' }),
    );
    expect(currentPanes().map((pane) => [pane.conversationId, pane.draft])).toEqual([
      ['conv-1', ''],
      [null, 'Is 10:00 free?'],
    ]);
  });
});
