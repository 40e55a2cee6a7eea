import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Assistant } from '../../../shared/domain/famulor';
import { summarize } from '../../../shared/domain/sessionSummary';
import { initI18n } from '../../i18n';
import { useAppStore } from '../../stores/appStore';
import { installFakeMainByChannel, removeFakeMain } from '../../testing/fakeMainTestKit';
import { session } from '../../testing/sessionsTestKit';
import { resetThreadsStore, summary } from '../../testing/threadsTestKit';
import { usePacksStore } from './packsStore';
import { RecordPackPanel } from './RecordPackPanel';

const CLARA = '3f6c1b2e-8d4a-4c7e-9b1f-2a5d7e9c0b13';
const assistant = (uuid: string, name: string, variables: Assistant['variables']): Assistant => ({
  id: 1,
  uuid,
  name,
  variables,
  initialMessage: null,
  systemPrompt: null,
  language: 'en',
  timezone: null,
  status: 'active',
  raw: {},
});

beforeAll(async () => {
  await initI18n('en');
});
beforeEach(() => {
  resetThreadsStore();
  usePacksStore.setState({ recording: { kind: 'idle' }, packs: [] });
  const open = {
    ...session('s1', 'Demo prep'),
    panes: [],
    replayScripts: [
      {
        id: 'r1',
        name: 'Booking',
        createdAt: '2026-12-07T10:00:00.000Z',
        source: 'Pane 1',
        assistant: { id: 1, uuid: CLARA, name: 'Clara' },
        variables: {},
        messages: ['Hi', 'Tomorrow at 10'],
      },
    ],
  };
  useAppStore.setState({
    assistants: {
      list: [
        assistant(CLARA, 'Clara', { company_name: 'Clinic', calcom_api_key: 'x' }),
        assistant('other', 'Max', { shop_name: 'Nordwind' }),
      ],
      status: 'ready',
      error: null,
    },
    sessions: {
      ...useAppStore.getState().sessions,
      list: [
        { ...summarize(open), assistantNames: ['Clara'] },
        { ...summarize(session('s2', 'Max only')), assistantNames: ['Max'] },
      ],
      current: open,
    },
    threadList: {
      ...useAppStore.getState().threadList,
      page: {
        conversations: [summary('t1'), summary('t2', { assistantId: 'other' })],
        perPage: 20,
        nextCursor: null,
        prevCursor: null,
      },
    },
  });
});
afterEach(() => removeFakeMain());

describe('recording a demo pack', () => {
  it("offers the chosen assistant's sessions, threads and scripts, marks secret-named variables, and asks before replacing", async () => {
    let exists = true;
    const fake = installFakeMainByChannel({
      'packs:record': (input) =>
        exists && !input.replace
          ? {
              ok: false,
              error: { code: 'validation', reason: 'pack_exists', params: { name: 'Clinic demo' } },
            }
          : {
              ok: true,
              data: {
                id: 'clinic-demo',
                name: 'Clinic demo',
                description: '',
                origin: 'imported',
                enabled: true,
                assistants: [],
              },
            },
      'packs:list': () => ({ ok: true, data: [] }),
      'assistants:list': () => ({
        ok: true,
        data: { assistants: [], currentPage: 1, lastPage: 1, perPage: 100, total: 0 },
      }),
    });
    render(<RecordPackPanel onClose={() => undefined} />);
    const submit = screen.getByRole('button', { name: 'Record pack' });
    expect((submit as HTMLButtonElement).disabled).toBe(true);
    await userEvent.type(screen.getByRole('textbox', { name: 'Pack name' }), 'Clinic demo');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Clara' }));
    expect(screen.queryByRole('checkbox', { name: 'Max only' })).toBeNull();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Demo prep' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Anna Schmidt · 4 messages' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Booking · 2 messages' }));
    expect((screen.getByRole('checkbox', { name: 'calcom_api_key' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'company_name' }) as HTMLInputElement).checked).toBe(false);
    await userEvent.click(screen.getByRole('checkbox', { name: 'E-mail addresses' }));
    await userEvent.click(submit);
    await screen.findByText('A pack “Clinic demo” is there already. Replace it with this recording?');
    exists = false;
    await userEvent.click(screen.getByRole('button', { name: 'Replace' }));
    await screen.findByText('Recorded “Clinic demo”; the Offline demo serves it now.');
    const expected = {
      id: 'clinic-demo',
      name: 'Clinic demo',
      description: '',
      assistantUuids: [CLARA],
      sessions: ['s1'],
      threads: [{ conversationId: 't1', assistantUuid: CLARA }],
      scripts: [{ sessionId: 's1', scriptId: 'r1' }],
      redaction: { phones: true, emails: false, secretVariables: ['calcom_api_key'] },
    };
    expect(fake.callsTo('packs:record')).toEqual([
      { ...expected, replace: false },
      { ...expected, replace: true },
    ]);
  });
});
