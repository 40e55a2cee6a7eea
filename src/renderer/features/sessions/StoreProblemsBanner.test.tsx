import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { StoreProblem } from '../../../shared/domain/storeProblem';
import { initI18n } from '../../i18n';
import i18next from 'i18next';
import { useAppStore } from '../../stores/appStore';
import { StoreProblemsBanner } from './StoreProblemsBanner';
import { installFakeMain, removeFakeMain } from '../../testing/fakeMainTestKit';

const problems: StoreProblem[] = [
  {
    id: 'p1',
    subject: 'settings',
    code: 'notAnObject',
    params: {},
    file: '/data/settings.json',
    movedTo: '/data/settings.corrupt-1.json',
  },
  {
    id: 'p2',
    subject: 'session',
    code: 'interruptedSave',
    params: {},
    file: '/data/sessions/a.json',
    movedTo: '/data/sessions/a.unsaved-1.json',
  },
];

describe('store problems banner', () => {
  beforeAll(async () => {
    await initI18n('en');
  });
  afterEach(async () => {
    cleanup();
    removeFakeMain();
    await i18next.changeLanguage('en');
  });

  it('says in English and German what main reported, from its codes', async () => {
    useAppStore.setState((state) => ({ sessions: { ...state.sessions, problems } }));
    render(<StoreProblemsBanner />);
    const items = screen.getAllByTestId('store-problem').map((item) => item.textContent);
    expect(items).toEqual([
      '/data/settings.json: It does not hold the kind of data the app writes (for example, only an empty list). Connection profiles start from their defaults. The file as it was is at /data/settings.corrupt-1.json.',
      '/data/sessions/a.json: A save was interrupted after its newer data had been written in full. The newer data was kept at /data/sessions/a.unsaved-1.json: to use it, quit the app and put that file in place of the other.',
    ]);
    await i18next.changeLanguage('de');
    await waitFor(() =>
      expect(screen.getAllByTestId('store-problem')[0]?.textContent).toContain(
        'Die Verbindungsprofile beginnen mit ihren Standardwerten.',
      ),
    );
  });

  it('dismisses the reports in main, so they do not return at the next start', async () => {
    const dismissed: unknown[] = [];
    installFakeMain(async (channel, input) => {
      dismissed.push([channel, input]);
      return { ok: true, data: { problems: [] } };
    });
    useAppStore.setState((state) => ({ sessions: { ...state.sessions, problems } }));
    render(<StoreProblemsBanner />);
    await userEvent.setup().click(screen.getByTestId('store-problems-dismiss'));
    await waitFor(() => expect(screen.queryByTestId('store-problems')).toBeNull());
    expect(dismissed).toEqual([['sessions:dismissProblems', { ids: ['p1', 'p2'] }]]);
  });
});
