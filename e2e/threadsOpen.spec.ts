import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures/app';
import { SUPPORT_CASE_CUSTOMER } from './fixtures/seededThreads';
import { startHostProcess } from './fixtures/hostProcess';
import { ShellPage } from './pages/ShellPage';
import { ThreadsReaderPage } from './pages/ThreadsReaderPage';
import { ThreadsPage } from './pages/ThreadsPage';

const link = (id: string) => `famulor-playground://conversation/${id}`;

const charlottesThreadId = async (threads: ThreadsPage) => {
  await threads.filterByCustomerPhone(SUPPORT_CASE_CUSTOMER);
  const ids = await threads.rowIds();
  expect(ids).toHaveLength(1);
  return ids[0] as string;
};

test('opens a conversation from the clipboard and from a pasted link', async ({ app }) => {
  const threads = new ThreadsPage(app.page);
  await threads.open();
  await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(app.page.url()).origin,
  });
  const id = await charlottesThreadId(threads);
  const reader = new ThreadsReaderPage(app.page);

  await threads.openFromClipboard('no conversation here');
  await expect(threads.openNotice()).toHaveText('The clipboard holds no conversation UUID or link.');
  await threads.openFromClipboard(id.toUpperCase());
  await reader.loaded();
  await expect(reader.threadId()).toHaveText(id);
  await reader.back();

  await threads.pasteIntoOpenField(link(id));
  await expect(app.page.getByRole('textbox', { name: 'Conversation UUID or link' })).toHaveValue(id);
  await expect(threads.openNotice()).toHaveText('Link recognised — press Enter to open the conversation.');
  await app.page.getByRole('textbox', { name: 'Conversation UUID or link' }).press('Enter');
  await reader.loaded();
  await expect(reader.detail('customer')).toContainText(SUPPORT_CASE_CUSTOMER);
});

test('a famulor-playground:// link the app is started with opens that thread', async ({ app, browser }) => {
  const threads = new ThreadsPage(app.page);
  await threads.open();
  const id = await charlottesThreadId(threads);

  const userDataDir = mkdtempSync(join(tmpdir(), 'famulor-e2e-link-'));
  const host = await startHostProcess(userDataDir, ['--deep-link', link(id)]);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(host.url);
    await expect(new ShellPage(page).view('threads')).toBeVisible();
    const reader = new ThreadsReaderPage(page);
    await reader.loaded();
    await expect(reader.threadId()).toHaveText(id);
    await expect(reader.detail('customer')).toContainText(SUPPORT_CASE_CUSTOMER);
    // The link is taken once: a reload shows the app as it was left, not the link again.
    await reader.back();
    await page.reload();
    await expect(page.getByRole('navigation', { name: 'Famulor Playground' })).toBeVisible();
    await expect(reader.root()).toHaveCount(0);
  } finally {
    await context.close();
    await host.stop();
    rmSync(userDataDir, { recursive: true, force: true });
  }
});
