import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../../../shared/domain/session';
import { initI18n } from '../../i18n';
import { useAppStore } from '../../stores/appStore';
import { SessionExportMenu } from './SessionExportMenu';
import { installFakeMain, removeFakeMain } from '../../testing/fakeMainTestKit';

const KEY = 'fam_live_7Qx9Zk2LmP4sR8tV';

const smallSession = (): Session => ({
  id: 'session-export-test',
  name: 'Dental demo',
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
      variables: { clinic: 'Stadtpark' },
      conversationId: 'conv-1',
      profileId: 'offline-demo',
      draft: '',
      costUsd: 0,
      transcript: [
        {
          id: 'm-1',
          role: 'user',
          content: 'Can I come in on Friday?',
          functionCalls: [],
          at: '2026-03-10T08:01:00.000Z',
          latencyMs: null,
        },
        {
          id: 'm-2',
          role: 'assistant',
          content: 'Friday at 9:00 is free.',
          functionCalls: [
            {
              name: 'check_calendar_availability',
              arguments: { day: 'Friday' },
              result: { slots: ['09:00'] },
            },
          ],
          at: '2026-03-10T08:01:02.000Z',
          latencyMs: 1200,
        },
      ],
    },
  ],
});

/** A session as it could look at run time, with a key picked up somewhere it does not belong. */
const leakySession = (): Session => {
  const session = smallSession();
  Object.assign(session, { apiKey: KEY });
  session.panes.forEach((pane) => Object.assign(pane, { headers: { Authorization: `Bearer ${KEY}` } }));
  return session;
};

// jsdom's Blob has no text(); its FileReader does.
const readBlob = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

/** Records what the browser would download: the link's file name and the Blob behind it. */
const captureDownloads = () => {
  const blobs = new Map<string, Blob>();
  const files: { fileName: string; blob: Blob }[] = [];
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      const url = `blob:test-${blobs.size}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: vi.fn(),
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) files.push({ fileName: this.download, blob });
  });
  return files;
};

/** Chooses a format in the menu and returns the one file that was downloaded. */
const exportAs = async (format: 'markdown' | 'json' | 'html') => {
  const files = captureDownloads();
  render(<SessionExportMenu />);
  await userEvent.click(screen.getByTestId('session-export'));
  await userEvent.click(screen.getByTestId(`export-${format}`));
  await waitFor(() => expect(files).toHaveLength(1));
  const [file] = files;
  if (!file) throw new Error('Nothing was downloaded');
  return { fileName: file.fileName, text: await readBlob(file.blob) };
};

describe('SessionExportMenu', () => {
  beforeAll(async () => {
    await initI18n('en');
  });
  let checked: unknown[] = [];
  beforeEach(() => {
    checked = [];
    // Main's check passes every file here; main's own test shows it refuses one holding a stored key.
    installFakeMain(async (channel, input) => {
      checked.push([channel, input]);
      return { ok: true, data: { clean: true } };
    });
    useAppStore.setState((state) => ({ sessions: { ...state.sessions, current: leakySession() } }));
  });
  afterEach(() => {
    removeFakeMain();
    vi.restoreAllMocks();
    useAppStore.setState((state) => ({ sessions: { ...state.sessions, current: null } }));
  });

  it('downloads Markdown with the messages and the function calls as collapsible sections', async () => {
    const { fileName, text } = await exportAs('markdown');
    expect(fileName).toMatch(/^dental-demo-\d{4}-\d{2}-\d{2}\.md$/);
    expect(text).toContain('Can I come in on Friday?');
    expect(text).toContain('Friday at 9:00 is free.');
    expect(text).toContain('<summary>Function call <code>check_calendar_availability</code></summary>');
    expect(text).not.toContain(KEY);
    expect(text).not.toMatch(/bearer|authorization|apiKey/i);
  });

  it('downloads JSON as main exports it: the session store’s envelope, named after the session', async () => {
    const mainFile = {
      fileName: 'dental-demo-2026-03-10.json',
      json: '{"format":"famulor-playground-sessions"}\n',
      count: 1,
    };
    installFakeMain(async (channel, input) => {
      checked.push([channel, input]);
      return { ok: true, data: mainFile };
    });
    const { fileName, text } = await exportAs('json');
    expect(checked).toEqual([['sessions:export', { ids: ['session-export-test'], redactSecrets: false }]]);
    expect({ fileName, text }).toEqual({ fileName: mainFile.fileName, text: mainFile.json });
  });

  it('saves no JSON and says why when main refuses a session holding a stored key', async () => {
    installFakeMain(async () => ({
      ok: false,
      error: {
        code: 'validation',
        errorCode: 'session_holds_key',
        reason: 'session_holds_key',
        params: { name: 'Dental demo' },
      },
    }));
    const files = captureDownloads();
    render(<SessionExportMenu />);
    await userEvent.click(screen.getByTestId('session-export'));
    await userEvent.click(screen.getByTestId('export-json'));
    expect((await screen.findByTestId('session-export-error')).textContent).toMatch(/Dental demo/);
    expect(files).toEqual([]);
  });

  it('downloads one HTML file with the messages and calls and nothing to fetch', async () => {
    const { fileName, text } = await exportAs('html');
    expect(fileName).toMatch(/^dental-demo-\d{4}-\d{2}-\d{2}\.html$/);
    expect(text).toMatch(/^<!doctype html>/i);
    expect(text).toContain('Can I come in on Friday?');
    expect(text).toContain('check_calendar_availability');
    expect(text).not.toMatch(/<script|<link|src=|https?:\/\//i);
    expect(text).not.toContain(KEY);
  });

  it('offers the formats from the keyboard and returns focus to the button', async () => {
    const files = captureDownloads();
    render(<SessionExportMenu />);
    const trigger = screen.getByTestId('session-export');
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByTestId('export-markdown'));
    await userEvent.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(screen.getByTestId('export-html'));
    await userEvent.keyboard('{Enter}');
    expect(files[0]?.fileName).toMatch(/\.html$/);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(trigger);
  });

  it.each(['markdown', 'html'] as const)(
    'saves %s only after main checked all of its text for stored keys',
    async (format) => {
      const { text } = await exportAs(format);
      expect(checked).toEqual([['exports:check', { text }]]);
    },
  );

  it('saves nothing and says why when main finds a key in the export', async () => {
    installFakeMain(async () => ({
      ok: false,
      error: { code: 'validation', errorCode: 'export_holds_key', reason: 'export_holds_key' },
    }));
    const files = captureDownloads();
    render(<SessionExportMenu />);
    await userEvent.click(screen.getByTestId('session-export'));
    await userEvent.click(screen.getByTestId('export-markdown'));
    expect((await screen.findByTestId('session-export-error')).textContent).toBe(
      'Not saved: the export contains one of your API keys. Remove the key from the text and export again.',
    );
    expect(files).toEqual([]);
  });

  it('is disabled while no session is open', () => {
    useAppStore.setState((state) => ({ sessions: { ...state.sessions, current: null } }));
    render(<SessionExportMenu />);
    expect((screen.getByTestId('session-export') as HTMLButtonElement).disabled).toBe(true);
  });
});
