import { fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportThread } from '../../../shared/export/thread';
import { initI18n } from '../../i18n';
import { useAppStore } from '../../stores/appStore';
import { ImportThreadButton } from './ImportThreadButton';
import { detail, history, ok, resetThreadsStore, summary, threadAnswers } from '../../testing/threadsTestKit';
import { installFakeMainByChannel, removeFakeMain } from '../../testing/fakeMainTestKit';

const ID = '0b8e2c4a-1f3d-4e5a-9c7b-6d2e1f0a9b8c';

const choose = (text: string, name: string) =>
  fireEvent.change(screen.getByTestId('thread-import-file'), {
    target: { files: [new File([text], name, { type: 'application/json' })] },
  });

describe('thread import', () => {
  beforeAll(async () => {
    await initI18n('en');
  });
  beforeEach(resetThreadsStore);
  afterEach(removeFakeMain);

  it('opens an exported thread as the file’s copy, which a refresh replaces with the live one', async () => {
    const exported = exportThread(
      { conversationId: ID, summary: summary(ID), detail: detail(history(4)), aiEnabled: false },
      'json',
      new Date('2026-06-02T08:30:00.000Z'),
    );
    const fake = installFakeMainByChannel({ ...threadAnswers(() => ok(detail(history(6)))) });
    render(<ImportThreadButton />);
    choose(exported.text, exported.fileName);
    await vi.waitFor(() => expect(useAppStore.getState().openThread).not.toBeNull());
    const opened = useAppStore.getState().openThread;
    expect(opened).toMatchObject({
      conversationId: ID,
      status: 'ready',
      aiEnabled: false,
      imported: { fileName: exported.fileName, exportedAt: '2026-06-02T08:30:00.000Z' },
    });
    expect(opened?.detail?.history).toEqual(history(4));
    expect(fake.calls).toHaveLength(0);

    await useAppStore.getState().refreshOpenThread();
    expect(useAppStore.getState().openThread).toMatchObject({ imported: null, status: 'ready' });
    expect(useAppStore.getState().openThread?.detail?.history).toHaveLength(6);
  });

  it('says plainly why a file is not a thread export and opens nothing', async () => {
    installFakeMainByChannel({});
    render(<ImportThreadButton />);
    choose('# Thread notes', 'notes.md');
    expect((await screen.findByTestId('thread-import-error')).textContent).toBe(
      'That file could not be opened: It is not JSON.',
    );
    choose('{"format":"famulor-playground-sessions"}', 'sessions.json');
    await vi.waitFor(() =>
      expect(screen.getByTestId('thread-import-error').textContent).toBe(
        'That file could not be opened: It is not a Famulor Playground thread export.',
      ),
    );
    expect(useAppStore.getState().openThread).toBeNull();
  });

  it('names the field that does not fit, in German without English schema text', async () => {
    installFakeMainByChannel({});
    await i18next.changeLanguage('de');
    try {
      render(<ImportThreadButton />);
      const exported = exportThread(
        { conversationId: ID, summary: summary(ID), detail: detail(history(2)), aiEnabled: null },
        'json',
        new Date('2026-06-02T08:30:00.000Z'),
      );
      const file = JSON.parse(exported.text) as Record<string, unknown>;
      file.detail = { history: 'none' };
      choose(JSON.stringify(file), 'thread.json');
      expect((await screen.findByTestId('thread-import-error')).textContent).toBe(
        'Die Datei ließ sich nicht öffnen: Ihr Feld „detail.history“ enthält nicht, was ein Verlaufsexport dort hat.',
      );
    } finally {
      await i18next.changeLanguage('en');
    }
  });
});
