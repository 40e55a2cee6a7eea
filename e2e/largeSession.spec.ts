import type { PlaygroundApi } from '../src/shared/ipc/contract';
import { expect, test } from './fixtures/app';
import { ShellPage } from './pages/ShellPage';

/**
 * Saves a session of about `megabytes` MB through the page's own window.api (fetch in browser mode, IPC in the
 * desktop app) and answers what main said and, when it was saved, the length of its transcript read back.
 */
const saveLargeSession = async (megabytes: number) => {
  // Runs in the page, where window.api is the bridge (the e2e TypeScript project has no DOM types).
  const { api } = globalThis as unknown as { api: PlaygroundApi };
  const created = await api['sessions:create']({ name: 'Large' });
  if (!created.ok) return { saved: created, length: 0 };
  const text = 'x'.repeat(100_000);
  const at = new Date().toISOString();
  const transcript = Array.from({ length: megabytes * 10 }, (_, index) => ({
    id: `m${index}`,
    role: 'user' as const,
    content: text,
    functionCalls: [],
    at,
    latencyMs: null,
  }));
  const pane = {
    id: 'p1',
    title: 'Pane',
    assistant: { id: 1, uuid: null, name: 'Clara' },
    conversationType: 'test' as const,
    variables: {},
    conversationId: null,
    profileId: null,
    draft: '',
    costUsd: 0,
    transcript,
  };
  const id = created.data.id;
  const saved = await api['sessions:apply']({
    id,
    commands: [{ type: 'insertPane', pane, afterPaneId: null }],
  });
  if (!saved.ok) return { saved, length: 0 };
  const loaded = await api['sessions:get']({ id });
  return { saved, length: loaded.ok ? (loaded.data.panes[0]?.transcript.length ?? 0) : -1 };
};

test('a 20 MB session saves and loads', async ({ app }) => {
  await new ShellPage(app.page).ready();
  const { saved, length } = await app.page.evaluate(saveLargeSession, 20);
  expect(saved.ok).toBe(true);
  expect(length).toBe(200);
});

test('a session over the limit is refused as too large, not as an unreachable host', async ({ app }) => {
  await new ShellPage(app.page).ready();
  const { saved } = await app.page.evaluate(saveLargeSession, 70);
  expect(saved).toMatchObject({ ok: false, error: { code: 'too_large', limitBytes: 64 * 1024 * 1024 } });
});
