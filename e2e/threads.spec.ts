import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { expect, test } from './fixtures/app';
import { ThreadsReaderPage } from './pages/ThreadsReaderPage';
import { ThreadsPage } from './pages/ThreadsPage';

// The simulator's seed (resources/seed/conversations.json): the 10,000-message WhatsApp thread belongs to
// Paul Neumann, whose parcel questions name orders like NW-31877.
const LONG_THREAD_CUSTOMER = '+4917612340987';
const LONG_THREAD_SIZE = 10_000;

const openLongThread = async (threads: ThreadsPage) => {
  await threads.filterByCustomerPhone(LONG_THREAD_CUSTOMER);
  await threads.openRow(threads.rowWithMessages(LONG_THREAD_SIZE.toLocaleString('en-US')));
  const reader = new ThreadsReaderPage(threads.page);
  await reader.loaded();
  return reader;
};

test('filtering by customer phone shows only that customer’s threads', async ({ app }) => {
  const threads = new ThreadsPage(app.page);
  await threads.open();
  await threads.filterByCustomerPhone(LONG_THREAD_CUSTOMER);
  const rows = threads.rows();
  await expect(threads.rowWithMessages('10,000')).toHaveCount(1);
  for (const row of await rows.all()) await expect(row).toContainText(LONG_THREAD_CUSTOMER);
  await threads.filterByCustomerPhone('+4900000000000');
  await expect(app.page.getByTestId('thread-list-empty')).toBeVisible();
});

test('pages forward and back through the conversation list with cursors', async ({ app }) => {
  const threads = new ThreadsPage(app.page);
  await threads.open();
  await threads.setPageSize(10);
  await expect(threads.rows()).toHaveCount(10);
  const first = await threads.rowIds();
  await threads.nextPage();
  await expect(app.page.getByTestId('page-number')).toHaveText('Page 2');
  const second = await threads.rowIds();
  expect(second).toHaveLength(10);
  expect(second.filter((id) => first.includes(id))).toEqual([]);
  await threads.previousPage();
  await expect(app.page.getByTestId('page-number')).toHaveText('Page 1');
  expect(await threads.rowIds()).toEqual(first);
  await expect(app.page.getByTestId('page-prev')).toBeDisabled();
});

test('opens the 10,000-message thread and reaches its end', async ({ app }) => {
  const threads = new ThreadsPage(app.page);
  await threads.open();
  const reader = await openLongThread(threads);
  await expect(app.page.getByTestId('detail-messages')).toHaveText('10,000');
  await expect(app.page.getByTestId('detail-sender')).toContainText('+4940123456102');
  expect(await app.page.locator('[data-testid^="message-"]').count()).toBeLessThan(80);
  await reader.jumpToEnd();
  await expect(reader.message(LONG_THREAD_SIZE - 1)).toBeInViewport();
  await expect(reader.message(0)).toHaveCount(0);
});

test('searches the thread and steps through matches with Enter and Shift+Enter', async ({ app }) => {
  const threads = new ThreadsPage(app.page);
  await threads.open();
  const reader = await openLongThread(threads);
  await reader.search('NW-31877');
  await expect(reader.searchCount()).toHaveText(/^1 of \d+$/);
  await expect(reader.currentMatch()).toBeInViewport();
  await expect(reader.currentMatch()).toHaveText('NW-31877');
  await reader.nextMatch();
  await expect(reader.searchCount()).toHaveText(/^2 of \d+$/);
  await expect(reader.currentMatch()).toBeInViewport();
  await reader.previousMatch();
  await reader.previousMatch();
  const total = (await reader.searchCount().innerText()).split(' of ')[1];
  await expect(reader.searchCount()).toHaveText(`${total} of ${total}`);
  await expect(reader.currentMatch()).toBeInViewport();
});

test('takes a conversation over and hands it back, with the state visible throughout', async ({ app }) => {
  const threads = new ThreadsPage(app.page);
  await threads.open();
  const aiOn = threads
    .rows()
    .filter({ has: app.page.getByTestId('thread-cell-ai').getByText('On', { exact: true }) });
  const id = (await aiOn.first().getAttribute('data-testid'))?.replace('thread-row-', '') ?? '';
  const row = app.page.getByTestId(`thread-row-${id}`);
  await threads.openRow(row);
  const reader = new ThreadsReaderPage(app.page);
  await expect(reader.aiState()).toHaveAttribute('data-state', 'on');
  await app.page.getByTestId('thread-takeover').click();
  await app.page.getByTestId('confirm-cancel').click();
  await expect(reader.aiState()).toHaveAttribute('data-state', 'on');
  await reader.takeOver();
  await reader.back();
  // Reload the list, so the state shown is the one Famulor (the simulator) now reports.
  await threads.applyFilters();
  await expect(row.getByTestId('thread-cell-ai')).toHaveText('Off');
  await threads.openRow(row);
  await expect(reader.aiState()).toHaveAttribute('data-state', 'off');
  await reader.handBack();
  await reader.back();
  await threads.applyFilters();
  await expect(row.getByTestId('thread-cell-ai')).toHaveText('On');
});

// Charlotte Davies' only thread: a WhatsApp booking with Clara that made calendar function calls.
const SUPPORT_CASE_CUSTOMER = '+447700900456';

test('exports a thread as Markdown, JSON and an HTML report that opens offline', async ({ app, browser }) => {
  const threads = new ThreadsPage(app.page);
  await threads.open();
  await threads.filterByCustomerPhone(SUPPORT_CASE_CUSTOMER);
  await threads.openRow(threads.rows().first());
  const reader = new ThreadsReaderPage(app.page);
  await reader.loaded();
  const id = await reader.conversationId();

  const markdown = await readFile(await (await reader.export('markdown')).path(), 'utf8');
  expect(markdown).toMatch(new RegExp(`^# Thread ${id}\\n`));
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
  await expect(app.page.getByTestId('detail-messages')).toHaveText(String(messageCount));

  const htmlDownload = await reader.export('html');
  // Saved under its own name: Chromium picks how to show a file:// page by its extension.
  const htmlPath = test.info().outputPath(htmlDownload.suggestedFilename());
  await htmlDownload.saveAs(htmlPath);
  for (const text of [markdown, JSON.stringify(json), await readFile(htmlPath, 'utf8')]) {
    expect(text).not.toMatch(/bearer|authorization|api[_-]?key|famulor-demo-key/i);
  }

  const offline = await browser.newContext();
  await offline.setOffline(true);
  const report = await offline.newPage();
  const requests: string[] = [];
  report.on('request', (request) => requests.push(request.url()));
  await report.goto(pathToFileURL(htmlPath).href);
  await expect(report.locator('h1')).toHaveText(`Thread ${id}`);
  await expect(report.locator('li.message')).toHaveCount(messageCount);
  const call = report.locator('details.function-call').first();
  await call.locator('summary').click();
  await expect(call.locator('pre').first()).toBeVisible();
  await expect(report.locator('li.message').first()).toHaveCSS('border-top-style', 'solid');
  expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
  await offline.close();
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
