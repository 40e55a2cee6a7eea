import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures/app';
import { openOffline } from './fixtures/offlineFile';
import {
  LONG_THREAD_SIZE,
  openLongThread,
  SUPPORT_CASE_CUSTOMER,
  openSupportCase,
} from './fixtures/seededThreads';
import { ThreadsPage } from './pages/ThreadsPage';

test('exports a thread as Markdown, JSON and an HTML report that opens offline', async ({ app, browser }) => {
  const threads = new ThreadsPage(app.page);
  const reader = await openSupportCase(threads);
  const id = await reader.conversationId();

  const markdownPath = await (await reader.export('markdown')).path();
  const markdown = await readFile(markdownPath, 'utf8');
  expect(markdown).toMatch(/^# Thread with Charlotte Davies\n/);
  expect(markdown).toContain(`| Customer | Charlotte Davies · ${SUPPORT_CASE_CUSTOMER} |`);
  expect(markdown).toContain('<summary>Function call <code>check_calendar_availability</code></summary>');

  const jsonDownload = await reader.export('json');
  expect(jsonDownload.suggestedFilename()).toMatch(new RegExp(`^thread-${id}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
  const json = JSON.parse(await readFile(await jsonDownload.path(), 'utf8')) as {
    format: string;
    version: number;
    conversationId: string;
    summary: { customer: { phone: string } };
    detail: { history: { functionCalls: unknown[] }[] };
  };
  expect(json).toMatchObject({ format: 'famulor-playground-thread', version: 1, conversationId: id });
  expect(json.summary.customer.phone).toBe(SUPPORT_CASE_CUSTOMER);
  const messageCount = json.detail.history.length;
  await expect(reader.detail('messages')).toHaveText(String(messageCount));

  // The JSON file opens again: the same thread, marked as the file's copy until refreshed from Famulor.
  await reader.back();
  await threads.importFile(markdownPath);
  await expect(threads.importError()).toHaveText('That file could not be opened: It is not JSON.');
  const jsonPath = test.info().outputPath(jsonDownload.suggestedFilename());
  await jsonDownload.saveAs(jsonPath);
  await threads.importFile(jsonPath);
  await expect(reader.importedNote()).toContainText(jsonDownload.suggestedFilename());
  await expect(reader.threadId()).toHaveText(id);
  await expect(reader.detail('messages')).toHaveText(String(messageCount));
  await expect(reader.detail('customer')).toContainText(SUPPORT_CASE_CUSTOMER);
  await reader.refresh();
  await expect(reader.importedNote()).toHaveCount(0);
  await expect(reader.message(0)).toBeVisible();

  const htmlDownload = await reader.export('html');
  // Saved under its own name: Chromium picks how to show a file:// page by its extension.
  const htmlPath = test.info().outputPath(htmlDownload.suggestedFilename());
  await htmlDownload.saveAs(htmlPath);
  for (const text of [markdown, JSON.stringify(json), await readFile(htmlPath, 'utf8')]) {
    expect(text).not.toMatch(/bearer|authorization|api[_-]?key|famulor-demo-key/i);
  }

  const { page: report, requestsLeavingTheFile, close } = await openOffline(browser, htmlPath);
  await expect(report.locator('h1')).toHaveText('Thread with Charlotte Davies');
  await expect(report.locator('li.message')).toHaveCount(messageCount);
  const call = report.locator('details.function-call').first();
  await call.locator('summary').click();
  await expect(call.locator('pre').first()).toBeVisible();
  await expect(report.locator('li.message').first()).toHaveCSS('border-top-style', 'solid');
  expect(requestsLeavingTheFile()).toEqual([]);
  await close();
});

test('exports the 10,000-message thread completely', async ({ app }) => {
  const threads = new ThreadsPage(app.page);
  await threads.open();
  const reader = await openLongThread(threads);
  const json = JSON.parse(await readFile(await (await reader.export('json')).path(), 'utf8')) as {
    detail: { history: unknown[] };
  };
  expect(json.detail.history).toHaveLength(LONG_THREAD_SIZE);
  const html = await readFile(await (await reader.export('html')).path(), 'utf8');
  expect(html.match(/<li class="message /g)).toHaveLength(LONG_THREAD_SIZE);
});
