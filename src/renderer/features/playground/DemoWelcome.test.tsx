import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Assistant } from '../../../shared/domain/famulor';
import { OFFLINE_DEMO_PROFILE } from '../../../shared/domain/profile';
import { initI18n } from '../../i18n';
import { useAppStore } from '../../stores/appStore';
import { installFakeMainByChannel, removeFakeMain } from '../../testing/fakeMainTestKit';
import { session } from '../../testing/sessionsTestKit';
import { preferencesOf, sessionApplyAnswers } from '../../testing/storeTestKit';
import { DemoWelcome } from './DemoWelcome';

const clara: Assistant = {
  id: 101,
  uuid: 'u-101',
  name: 'Clara',
  variables: { company_name: 'Stadtpark Health Clinic' },
  initialMessage: "Hi, I'm {{assistant_name}} from {company_name}.",
  systemPrompt: '',
  language: 'en',
  timezone: 'Europe/Berlin',
  status: 'active',
  raw: {},
};

beforeAll(async () => {
  await initI18n('en');
});
beforeEach(() =>
  useAppStore.setState((state) => ({
    assistants: { list: [clara], status: 'ready', error: null },
    sessions: { ...state.sessions, current: null, list: [], status: 'ready' },
    profiles: { ...state.profiles, list: [OFFLINE_DEMO_PROFILE], activeId: OFFLINE_DEMO_PROFILE.id },
  })),
);
afterEach(() => removeFakeMain());

describe('the offline demo’s first screen', () => {
  it('lists the assistants with what they say first, and starts a conversation with one', async () => {
    installFakeMainByChannel({
      'sessions:create': (input) => ({ ok: true, data: session('session-1', input.name ?? '') }),
      'sessions:apply': sessionApplyAnswers() as never,
      'preferences:update': () => ({ ok: true, data: preferencesOf() }),
    });
    render(<DemoWelcome />);
    const welcome = screen.getByRole('region', { name: 'The offline demo' });
    expect(within(welcome).getByText("Hi, I'm Clara from Stadtpark Health Clinic.")).toBeTruthy();
    await userEvent.click(within(welcome).getByRole('button', { name: 'Start a conversation with Clara' }));
    await waitFor(() =>
      expect(useAppStore.getState().sessions.current?.panes.map((pane) => pane.assistant)).toEqual([
        { id: 101, uuid: 'u-101', name: 'Clara' },
      ]),
    );
  });

  it('is not shown on a profile of a real account', () => {
    useAppStore.setState((state) => ({
      profiles: {
        ...state.profiles,
        list: [{ ...OFFLINE_DEMO_PROFILE, id: 'p-real', kind: 'remote' }],
        activeId: 'p-real',
      },
    }));
    render(<DemoWelcome />);
    expect(screen.queryByRole('region', { name: 'The offline demo' })).toBeNull();
  });
});
