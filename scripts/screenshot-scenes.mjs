// What each README screenshot shows; each scene drives the real UI the way a person would.

/** A session with one pane on the appointment assistant (Clara). */
const claraSession = async (page) => {
  await page.getByTestId('session-new').click();
  await page.getByTestId('session-title').waitFor();
  await page.getByTestId('add-pane').click();
  const pane = page.getByTestId('pane-0');
  await pane.getByTestId('assistant-picker').click();
  await pane.getByTestId('assistant-search').fill('Clara');
  await pane.getByTestId('assistant-option').first().click();
  return pane;
};

const sendAndWait = async (pane, text, chips) => {
  await pane.getByTestId('composer-input').fill(text);
  await pane.getByTestId('composer-input').press('Enter');
  await pane
    .getByTestId('function-call-chip')
    .nth(chips - 1)
    .waitFor();
};

export const scenes = [
  {
    name: 'shell',
    run: async () => {},
  },
  {
    // Two panes on the appointment assistant, test and widget, after one broadcast message.
    name: 'playground',
    run: async (page) => {
      await page.getByTestId('session-new').click();
      await page.getByTestId('session-title').waitFor();
      await page.getByTestId('add-pane').click();
      const first = page.getByTestId('pane-0');
      await first.getByTestId('assistant-picker').click();
      await first.getByTestId('assistant-search').fill('Clara');
      await first.getByTestId('assistant-option').first().click();
      await page.getByTestId('add-pane').click();
      const second = page.getByTestId('pane-1');
      await second.getByTestId('pane-type-widget').click();
      await page.getByTestId('broadcast-toggle').check();
      await first.getByTestId('composer-input').fill('Do you have a free slot on 2026-06-15?');
      await first.getByTestId('composer-input').press('Enter');
      for (const pane of [first, second]) await pane.getByTestId('function-call-chip').first().waitFor();
      await first.getByTestId('function-call-chip').first().click();
      await second.getByTestId('composer-input').fill('Book 10:30, my name is Ada Lovelace');
    },
  },
  {
    // Two panes after a booking conversation, with the inspector open on every pane's function calls.
    name: 'inspector',
    run: async (page) => {
      const first = await claraSession(page);
      await page.getByTestId('add-pane').click();
      const second = page.getByTestId('pane-1');
      await second.getByTestId('pane-type-widget').click();
      await page.getByTestId('broadcast-toggle').check();
      await sendAndWait(first, "I'd like to book a consultation on 2026-06-15", 1);
      await second.getByTestId('function-call-chip').first().waitFor();
      await sendAndWait(first, '10:30 works for me, my name is Ada Lovelace', 2);
      await second.getByTestId('function-call-chip').nth(1).waitFor();
      await page.getByTestId('inspector-toggle').click();
      await page.getByTestId('call-scope-all').click();
      await page.getByTestId('call-card').nth(3).waitFor();
    },
  },
  {
    // A two-message script replayed into a test pane and a widget pane with another variable set.
    name: 'replay-diff',
    run: async (page) => {
      const pane = await claraSession(page);
      await sendAndWait(pane, "I'd like to book a consultation on 2026-06-15", 1);
      await sendAndWait(pane, '10:30 works for me, my name is Ada Lovelace', 2);
      await pane.getByTestId('pane-variables').click();
      const editor = page.getByTestId('variable-editor');
      await editor.getByTestId('variable-value-company_name').fill('Berlin Smile Clinic');
      await editor.getByTestId('variable-set-name').fill('Berlin clinic');
      await editor.getByTestId('variable-set-name').press('Enter');
      await editor.getByTestId('variable-set-Berlin clinic').waitFor();
      await page.keyboard.press('Escape');
      await editor.waitFor({ state: 'hidden' });
      await page.getByTestId('inspector-toggle').click();
      await page.getByTestId('inspector-tab-replay').click();
      await page.getByTestId('replay-script-name').fill('Booking happy path');
      await page.getByTestId('replay-save').click();
      await page.getByTestId('replay-script-replay').click();
      const targets = page.getByTestId('replay-target');
      await targets.nth(1).getByTestId('replay-target-variables').selectOption({ label: 'Berlin clinic' });
      await page.getByTestId('replay-start').click();
      await page.locator('[data-testid="replay-progress"][data-status="done"]').waitFor();
      await page.getByTestId('replay-turn').nth(1).waitFor();
    },
  },
  {
    // The threads view: the seeded conversations of the offline demo, newest first.
    name: 'threads',
    run: async (page) => {
      await page.getByTestId('nav-threads').click();
      await page.locator('[data-testid^="thread-row-"]').first().waitFor();
    },
  },
  {
    // The 10,000-message WhatsApp thread with one function call opened inline and the list of all calls.
    name: 'thread',
    run: async (page) => {
      await page.getByTestId('nav-threads').click();
      await page.getByTestId('filter-customer-phone').fill('+4917612340987');
      await page.getByTestId('filter-apply').click();
      const row = page.locator('[data-testid^="thread-row-"]').filter({
        has: page.getByTestId('thread-cell-messages').getByText('10,000', { exact: true }),
      });
      await row.getByTestId('thread-open').click();
      await page.getByTestId('message-0').waitFor();
      await page.locator('[data-testid^="call-item-"]').nth(1).click();
      await page.locator('[data-testid^="inline-call-json-"]').first().waitFor();
    },
  },
];
