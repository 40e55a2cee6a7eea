import { expect, test } from './fixtures/app';
import { LONG_THREAD_CUSTOMER, openLongThread } from './fixtures/seededThreads';
import { ThreadsReaderPage } from './pages/ThreadsReaderPage';
import { ThreadsPage } from './pages/ThreadsPage';
import { HumanQueuePage, WhatsAppReplyPage } from './pages/WhatsAppReplyPage';

// A support agent answering a customer on WhatsApp after taking the thread over, against the offline simulator:
// Paul Neumann wrote to Nordwind two hours ago (window open); his thread with the clinic ended days ago (closed).

test('answers the customer freeform inside the window: the message joins the thread, marked as a person’s', async ({
  app,
}) => {
  const threads = new ThreadsPage(app.page);
  await threads.open();
  const reader = await openLongThread(threads);
  await reader.takeOver();
  const reply = new WhatsAppReplyPage(app.page);
  await expect(reply.tab()).toHaveAttribute('aria-selected', 'true');
  await expect(reply.sender()).toHaveValue('15');
  await expect(reply.window()).toHaveAttribute('data-state', 'open');
  await expect(reply.window()).toContainText(/Window open: 2[12] h \d\d min left/);
  await reply.message().fill('Hallo Paul, hier ist Lena vom Support. Ihr Paket ist unterwegs.');
  await reply.message().press('Control+Enter');
  await expect(reply.sent()).toBeVisible();
  await expect(reply.message()).toHaveValue('');
  await expect(reply.messageCount()).toHaveText('10,001');
  await reader.jumpToEnd();
  const last = reader.message(10000);
  await expect(last).toContainText('Hallo Paul, hier ist Lena vom Support.');
  await expect(reply.personMark(10000)).toHaveText('Sent by a person');
  await reader.handBack();
});

test('outside the window only a template goes: filled, previewed, sent, and the window opens again', async ({
  app,
}) => {
  const threads = new ThreadsPage(app.page);
  await threads.open();
  await threads.filterByCustomerPhone(LONG_THREAD_CUSTOMER);
  await threads.openRow(threads.rows().filter({ hasText: 'Clara' }).first());
  const reader = new ThreadsReaderPage(app.page);
  await reader.loaded();
  await reader.takeOver();
  const reply = new WhatsAppReplyPage(app.page);
  await expect(reply.window()).toHaveAttribute('data-state', 'expired');
  await expect(reply.sendButton()).toBeDisabled();
  await reply.chooseTemplate('follow_up · de');
  await expect(reply.templateSendButton()).toBeDisabled();
  await reply.fillVariable(1, 'Paul');
  await expect(reply.templatePreview()).toHaveText(
    'Hallo Paul, wir haben Ihre Nachricht erhalten und melden uns gern. Antworten Sie einfach auf diese Nachricht.',
  );
  await reply.templateSendButton().click();
  await expect(reply.templateSent()).toBeVisible();
  await expect(reply.window()).toHaveAttribute('data-state', 'open');
  await expect(reply.sendButton()).toBeDisabled();
  await reply.message().fill('Und noch eine Frage?');
  await expect(reply.sendButton()).toBeEnabled();
});

test('the whole support journey offline: reply, the window runs out, a template, the customer answers, hand back', async ({
  app,
}) => {
  const threads = new ThreadsPage(app.page);
  await threads.open();
  const reader = await openLongThread(threads);
  await reader.takeOver();
  const reply = new WhatsAppReplyPage(app.page);
  const window = reply.window();
  await reply.message().fill('Guten Tag, ich sehe mir das an.');
  await reply.sendButton().click();
  await expect(reply.sent()).toBeVisible();

  await reply.openDemoControls();
  await reply.advanceClock();
  await expect(window).toHaveAttribute('data-state', 'expired');
  await expect(reply.sendButton()).toBeDisabled();

  await reply.chooseTemplate('order_update · en');
  await reply.fillVariable(1, 'Paul');
  await reply.fillVariable(2, 'NW-31877');
  await expect(reply.templatePreview()).toHaveText(
    'Hi Paul, your order NW-31877 has been updated. Reply here if you have any questions.',
  );
  await reply.templateSendButton().click();
  await expect(reply.templateSent()).toBeVisible();
  await expect(window).toHaveAttribute('data-state', 'open');

  await reply.customerWrites('Thanks, is my tent on its way?');
  await expect(reply.messageCount()).toHaveText('10,003');
  await reader.jumpToEnd();
  await expect(reader.message(10002)).toContainText('Thanks, is my tent on its way?');
  await expect(reply.personMark(10001)).toHaveText('Sent by a person');
  await expect(window).toHaveAttribute('data-state', 'open');

  // The queue of taken-over threads lists Paul's, with its window open, ahead of the closed ones.
  await reader.back();
  const queue = new HumanQueuePage(app.page);
  await queue.open();
  const first = queue.rows().first();
  await expect(first).toContainText('Paul Neumann');
  await expect(queue.windowOf(first)).toContainText(/^Open · 2[34] h/);
  await expect(queue.rows()).toHaveCount(3);
  await queue.openRow(first);
  await reader.loaded(30_000);
  await reader.handBack();
});
