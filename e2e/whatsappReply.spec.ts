import { expect, test } from './fixtures/app';
import { LONG_THREAD_CUSTOMER, openLongThread } from './fixtures/seededThreads';
import { ThreadsReaderPage } from './pages/ThreadsReaderPage';
import { ThreadsPage } from './pages/ThreadsPage';

// A support agent answering a customer on WhatsApp after taking the thread over, against the offline simulator:
// Paul Neumann wrote to Nordwind two hours ago (window open); his thread with the clinic ended days ago (closed).

test('answers the customer freeform inside the window: the message joins the thread, marked as a person’s', async ({
  app,
}) => {
  const threads = new ThreadsPage(app.page);
  await threads.open();
  const reader = await openLongThread(threads);
  await reader.takeOver();
  const reply = app.page.getByTestId('human-reply');
  await expect(app.page.getByTestId('side-tab-reply')).toHaveAttribute('aria-selected', 'true');
  await expect(reply.getByTestId('reply-sender')).toHaveValue('15');
  await expect(reply.getByTestId('reply-window')).toHaveAttribute('data-state', 'open');
  await expect(reply.getByTestId('reply-window')).toContainText(/Window open: 2[12] h \d\d min left/);
  await reply
    .getByTestId('reply-message')
    .fill('Hallo Paul, hier ist Lena vom Support. Ihr Paket ist unterwegs.');
  await reply.getByTestId('reply-message').press('Control+Enter');
  await expect(reply.getByTestId('reply-sent')).toBeVisible();
  await expect(reply.getByTestId('reply-message')).toHaveValue('');
  await expect(app.page.getByTestId('detail-messages')).toHaveText('10,001');
  await app.page.getByTestId('thread-jump-end').click();
  const last = app.page.getByTestId('message-10000');
  await expect(last).toContainText('Hallo Paul, hier ist Lena vom Support.');
  await expect(app.page.getByTestId('message-10000-person')).toHaveText('Sent by a person');
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
  const reply = app.page.getByTestId('human-reply');
  await expect(reply.getByTestId('reply-window')).toHaveAttribute('data-state', 'expired');
  await expect(reply.getByTestId('reply-send')).toBeDisabled();
  await reply.getByTestId('reply-template').selectOption({ label: 'follow_up · de' });
  await expect(reply.getByTestId('reply-template-send')).toBeDisabled();
  await reply.getByTestId('reply-variable-1').fill('Paul');
  await expect(reply.getByTestId('reply-template-preview')).toHaveText(
    'Hallo Paul, wir haben Ihre Nachricht erhalten und melden uns gern. Antworten Sie einfach auf diese Nachricht.',
  );
  await reply.getByTestId('reply-template-send').click();
  await expect(reply.getByTestId('reply-template-sent')).toBeVisible();
  await expect(reply.getByTestId('reply-window')).toHaveAttribute('data-state', 'open');
  await expect(reply.getByTestId('reply-send')).toBeDisabled();
  await reply.getByTestId('reply-message').fill('Und noch eine Frage?');
  await expect(reply.getByTestId('reply-send')).toBeEnabled();
});

test('the whole support journey offline: reply, the window runs out, a template, the customer answers, hand back', async ({
  app,
}) => {
  const threads = new ThreadsPage(app.page);
  await threads.open();
  const reader = await openLongThread(threads);
  await reader.takeOver();
  const reply = app.page.getByTestId('human-reply');
  const window = reply.getByTestId('reply-window');
  await reply.getByTestId('reply-message').fill('Guten Tag, ich sehe mir das an.');
  await reply.getByTestId('reply-send').click();
  await expect(reply.getByTestId('reply-sent')).toBeVisible();

  const demo = reply.getByTestId('demo-controls');
  await demo.locator('summary').click();
  await demo.getByTestId('demo-advance-clock').click();
  await expect(window).toHaveAttribute('data-state', 'expired');
  await expect(reply.getByTestId('reply-send')).toBeDisabled();

  await reply.getByTestId('reply-template').selectOption({ label: 'order_update · en' });
  await reply.getByTestId('reply-variable-1').fill('Paul');
  await reply.getByTestId('reply-variable-2').fill('NW-31877');
  await expect(reply.getByTestId('reply-template-preview')).toHaveText(
    'Hi Paul, your order NW-31877 has been updated. Reply here if you have any questions.',
  );
  await reply.getByTestId('reply-template-send').click();
  await expect(reply.getByTestId('reply-template-sent')).toBeVisible();
  await expect(window).toHaveAttribute('data-state', 'open');

  await demo.getByTestId('demo-customer-message').fill('Thanks, is my tent on its way?');
  await demo.getByTestId('demo-customer-writes').click();
  await expect(app.page.getByTestId('detail-messages')).toHaveText('10,003');
  await app.page.getByTestId('thread-jump-end').click();
  await expect(app.page.getByTestId('message-10002')).toContainText('Thanks, is my tent on its way?');
  await expect(app.page.getByTestId('message-10001-person')).toHaveText('Sent by a person');
  await expect(window).toHaveAttribute('data-state', 'open');

  // The queue of taken-over threads lists Paul's, with its window open, ahead of the closed ones.
  await reader.back();
  await app.page.getByTestId('threads-view-queue').click();
  const queue = app.page.getByTestId('human-queue');
  const first = queue.getByTestId(/^queue-row-/).first();
  await expect(first).toContainText('Paul Neumann');
  await expect(first.getByTestId('queue-window')).toContainText(/^Open · 2[34] h/);
  await expect(queue.getByTestId(/^queue-row-/)).toHaveCount(3);
  await first.getByTestId('queue-open').click();
  await reader.loaded(30_000);
  await reader.handBack();
});
