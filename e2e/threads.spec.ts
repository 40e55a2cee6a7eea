import { expect, test } from './fixtures/app';
import { InspectorPage } from './pages/InspectorPage';
import { PlaygroundPage } from './pages/PlaygroundPage';
import { ThreadsChatPage } from './pages/ThreadsChatPage';
import { ThreadsReaderPage } from './pages/ThreadsReaderPage';
import { ThreadsPage } from './pages/ThreadsPage';
import {
  LONG_THREAD_CUSTOMER,
  LONG_THREAD_SIZE,
  openLongThread,
  openSupportCase,
} from './fixtures/seededThreads';

test('filtering by customer phone shows only that customer’s threads', async ({ app }) => {
  const threads = new ThreadsPage(app.page);
  await threads.open();
  await threads.filterByCustomerPhone(LONG_THREAD_CUSTOMER);
  const rows = threads.rows();
  await expect(threads.rowWithMessages('10,000')).toHaveCount(1);
  for (const row of await rows.all()) await expect(row).toContainText(LONG_THREAD_CUSTOMER);
  await threads.filterByCustomerPhone('+4900000000000');
  await expect(threads.emptyList()).toBeVisible();
});

test('filters by type, assistant, WhatsApp sender and external identifier', async ({ app }) => {
  const threads = new ThreadsPage(app.page);
  await threads.open();
  await threads.filter({ type: 'api', externalId: 'crm-000417' });
  await expect(threads.rows()).toHaveCount(1);
  await expect(threads.rows().first()).toContainText('API');
  await expect(threads.rows().first()).toContainText('crm-000417');
  await expect(threads.cell(threads.rows().first(), 'messages')).toHaveText('2,000');

  await threads.filter({ type: 'whatsapp', senderPhone: '+4940123456102' });
  await expect(threads.rows().first()).toBeVisible();
  for (const row of await threads.rows().all()) {
    await expect(row).toContainText('WhatsApp');
    await expect(row).toContainText('via +4940123456102');
  }

  await threads.filter({ assistantId: '102' });
  await expect(threads.rows().first()).toBeVisible();
  for (const row of await threads.rows().all()) {
    await expect(row.locator('.thread-table__assistant')).toHaveText('Max');
  }

  await app.page.getByRole('combobox', { name: /^Assistant id/ }).fill('3f6c1b2e');
  await expect(app.page.getByRole('button', { name: 'Apply', exact: true })).toBeDisabled();
  await expect(app.page.getByText('The assistant’s whole-number id (not its UUID).')).toBeVisible();
});

test('pages forward and back through the conversation list with cursors', async ({ app }) => {
  const threads = new ThreadsPage(app.page);
  await threads.open();
  await threads.setPageSize(10);
  await expect(threads.rows()).toHaveCount(10);
  const first = await threads.rowIds();
  await threads.nextPage();
  await expect(threads.pageNumber()).toHaveText('Page 2');
  const second = await threads.rowIds();
  expect(second).toHaveLength(10);
  expect(second.filter((id) => first.includes(id))).toEqual([]);
  await threads.previousPage();
  await expect(threads.pageNumber()).toHaveText('Page 1');
  expect(await threads.rowIds()).toEqual(first);
  await expect(app.page.getByRole('button', { name: /Previous/ })).toBeDisabled();
});

test('opens the 10,000-message thread at its latest message', async ({ app }) => {
  const threads = new ThreadsPage(app.page);
  await threads.open();
  const reader = await openLongThread(threads);
  await expect(reader.detail('messages')).toHaveText('10,000');
  await expect(reader.detail('sender')).toContainText('+4940123456102');
  expect(await reader.renderedMessages().count()).toBeLessThan(80);
  // Where the thread stands now, without scrolling through 10,000 messages.
  await expect(reader.message(LONG_THREAD_SIZE - 1)).toBeInViewport();
  await expect(reader.message(0)).toHaveCount(0);
  // The latest messages came first; the earlier ones follow from the same answer, and nothing stays pending.
  await expect(reader.history()).toHaveAttribute('aria-busy', 'false');
  await expect(reader.pendingMessages()).toHaveCount(0);

  const card = await reader.inspectCall(1);
  await expect(card.arguments()).toContainText('order_id');
  await card.showInConversation();
  const number = Number((await card.origin().innerText()).replace(/\D/g, ''));
  await expect(reader.message(number - 1)).toBeInViewport();
  await expect(reader.message(number - 1).locator('[data-testid^="inline-call-json-"]')).toHaveCount(1);

  await reader.refresh();
  await expect(app.page.getByRole('button', { name: /Refresh$/ })).toBeEnabled();
  await expect(reader.detail('messages')).toHaveText('10,000');
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
  const id =
    (await threads.rowsWithAiOn().first().getAttribute('data-testid'))?.replace('thread-row-', '') ?? '';
  const row = threads.row(id);
  await threads.openRow(row);
  const reader = new ThreadsReaderPage(app.page);
  await expect(reader.aiState()).toHaveAttribute('data-state', 'on');
  await app.page.getByRole('button', { name: 'Take over', exact: true }).click();
  await app.page
    .getByRole('dialog', { name: 'Take over this conversation?' })
    .getByRole('button', { name: 'Cancel' })
    .click();
  await expect(reader.aiState()).toHaveAttribute('data-state', 'on');
  await reader.takeOver();
  await reader.back();
  // Reload the list, so the state shown is the one Famulor (the simulator) now reports.
  await threads.applyFilters();
  await expect(threads.cell(row, 'ai')).toHaveText('Off');
  await threads.openRow(row);
  await expect(reader.aiState()).toHaveAttribute('data-state', 'off');
  await reader.handBack();
  await reader.back();
  await threads.applyFilters();
  await expect(threads.cell(row, 'ai')).toHaveText('On');
});

// Charlotte Davies' only thread: a WhatsApp booking with Clara that made calendar function calls.
test('opens a thread in the playground: its assistant, variables and customer messages as a replay', async ({
  app,
}) => {
  const threads = new ThreadsPage(app.page);
  const reader = await openSupportCase(threads);
  const customerMessages = await app.page
    .locator('.thread-message--user .thread-message__content')
    .allInnerTexts();
  const said = await reader.openInPlayground();
  expect(said.assistant).toContain('Clara');
  expect(said.script).toContain(`${customerMessages.length} customer messages`);

  const playground = new PlaygroundPage(app.page);
  await expect(playground.sessionTitle()).toHaveText('Thread: Charlotte Davies');
  await expect(playground.panes()).toHaveCount(1);
  const pane = playground.pane(0);
  await expect(pane.root.getByRole('button', { name: /^Assistant / })).toContainText('Clara');
  await expect(pane.root.getByRole('radio', { name: 'Test', exact: true })).toHaveAttribute(
    'aria-checked',
    'true',
  );

  const inspector = new InspectorPage(app.page);
  await expect(inspector.root.getByRole('tab', { name: 'Replay', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const script = inspector.scripts();
  await expect(script).toHaveCount(1);
  await expect(script).toContainText(`${customerMessages.length} messages`);
  const name = (await script.getAttribute('data-name')) ?? '';
  await inspector.replay(name, ['test', 'widget']);
  await expect(playground.panes()).toHaveCount(3);
  const replayed = playground.pane(1).messages('user');
  await expect(replayed).toHaveCount(customerMessages.length);
  expect(await replayed.allInnerTexts()).toEqual(
    customerMessages.map((text) => expect.stringContaining(text)),
  );
});

test('a thread opened in the playground keeps its variables', async ({ app }) => {
  const threads = new ThreadsPage(app.page);
  await threads.open();
  const reader = await openLongThread(threads);
  const said = await reader.openInPlayground();
  expect(said.script).toContain(`${(LONG_THREAD_SIZE / 2).toLocaleString('en-US')} customer messages`);
  const playground = new PlaygroundPage(app.page);
  await playground.pane(0).openVariables();
  await expect(
    playground.variableEditor().root.getByRole('textbox', { name: 'Value of customer_name', exact: true }),
  ).toHaveValue('Paul Neumann');
});

test('counts down while the pacer holds the sixth reply of a minute, then cancels it', async ({ app }) => {
  const threads = new ThreadsPage(app.page);
  await threads.open();
  await threads.filter({ type: 'api', externalId: 'crm-000417' });
  await threads.openRow(threads.rows().first());
  const chat = new ThreadsChatPage(app.page);
  await chat.open();
  await chat.setIdentifier(`crm-e2e-${Date.now()}`);
  await chat.setVariables('{"customer_name": "Hannah"}');
  for (const number of [1, 2, 3, 4, 5]) await chat.sendAndWait(`Question ${number}: where is my order?`);
  await expect(chat.replies()).toHaveCount(5);
  await chat.send('Question 6: and now?');
  await expect(chat.status()).toHaveText(
    /^Sending in \d+ s \(Famulor allows 5 replies a minute; \d+ queued\)$/,
  );
  const first = Number(/in (\d+) s/.exec(await chat.status().innerText())?.[1]);
  expect(first).toBeGreaterThan(0);
  expect(first).toBeLessThanOrEqual(60);
  await expect
    .poll(async () => Number(/in (\d+) s/.exec(await chat.status().innerText())?.[1]), { timeout: 5_000 })
    .toBeLessThan(first);
  await chat.cancel();
  await expect(chat.turns()).toHaveCount(5);
});
