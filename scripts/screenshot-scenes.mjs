// What each README screenshot shows; each scene drives the real UI the way a person would.
import { resolve } from 'node:path';

const PACK = resolve('src/main/testing/fixtures/demo-pack-autohaus.json');

/** A session with one pane on an assistant. */
const assistantSession = async (page, name) => {
  await page.getByTestId('session-new').click();
  await page.getByTestId('session-title').waitFor();
  await page.getByTestId('add-pane').click();
  const pane = page.getByTestId('pane-0');
  await pane.getByTestId('assistant-picker').click();
  await pane.getByTestId('assistant-search').fill(name);
  await pane.getByTestId('assistant-option').first().click();
  return pane;
};

/** A session with one pane on the appointment assistant (Clara). */
const claraSession = (page) => assistantSession(page, 'Clara');

const sendAndWait = async (pane, text, chips) => {
  await pane.getByTestId('composer-input').fill(text);
  await pane.getByTestId('composer-input').press('Enter');
  await pane
    .getByTestId('function-call-chip')
    .nth(chips - 1)
    .waitFor();
};

// The threads come before the playground scenes, whose conversations would otherwise top the list.
export const scenes = [
  {
    // The first screen on the Offline demo: its assistants, each with what it says first.
    name: 'shell',
    run: async (page) => {
      await page.getByRole('region', { name: 'The offline demo' }).getByRole('listitem').first().waitFor();
    },
  },
  {
    // The threads view: the seeded conversations of the offline demo, newest first.
    name: 'threads',
    run: async (page) => {
      await page.getByTestId('nav-threads').click();
      await page.locator('[data-testid="thread-table-frame"][data-status="ready"]').waitFor();
      await page.locator('[data-testid^="thread-row-"]').first().waitFor();
    },
  },
  {
    // The 10,000-message WhatsApp thread with one function call opened inline and in the side panel's
    // inspector, under the thread's details and the list of all its calls.
    name: 'thread',
    run: async (page) => {
      await page.getByTestId('nav-threads').click();
      await page.getByTestId('filter-customer-phone').fill('+4917612340987');
      await page.getByTestId('filter-apply').click();
      const row = page.locator('[data-testid^="thread-row-"]').filter({
        has: page.getByTestId('thread-cell-messages').getByText('10,000', { exact: true }),
      });
      await row.getByTestId('thread-open').click();
      // The simulator writes its long threads on their first read: seconds on a busy machine.
      await page
        .getByTestId(/^message-\d+$/)
        .first()
        .waitFor({ timeout: 60_000 });
      await page.locator('[data-testid^="call-item-"]').nth(1).click();
      await page.locator('[data-testid^="inline-call-json-"]').first().waitFor();
      await page.getByTestId('thread-call-inspector').waitFor();
    },
  },
  {
    // Two panes on the appointment assistant, test and widget, after one broadcast message, with the inspector
    // open on the focused pane's function call.
    name: 'playground',
    run: async (page) => {
      const first = await claraSession(page);
      await page.getByTestId('add-pane').click();
      const second = page.getByTestId('pane-1');
      await second.getByTestId('pane-type-widget').click();
      await page.getByTestId('broadcast-toggle').check();
      await sendAndWait(first, "I'd like to book a consultation on 2026-06-15", 1);
      await second.getByTestId('function-call-chip').first().waitFor();
      await page.getByTestId('inspector-toggle').click();
      await page.getByTestId('call-card').first().waitFor();
      await second.getByTestId('composer-input').fill('10:30 works for me, my name is Ada Lovelace');
    },
  },
  {
    // The Tests view: the example suites added, the deliberately failing one run, its failing cell opened.
    name: 'tests',
    run: async (page) => {
      await page.getByTestId('nav-tests').click();
      for (const file of ['clara.suite.yaml', 'clara-regression.suite.yaml']) {
        await page.getByTestId('tests-add-path').fill(resolve('examples', 'suites', file));
        await page.getByTestId('tests-add').click();
        await page.getByTestId('tests-add-path').and(page.locator('[value=""]')).waitFor();
      }
      await page.locator('.tests-suite', { hasText: 'Clara after the cancellation change' }).click();
      await page.getByTestId('suite-run').click();
      // The light pass ran it already: its summary is there while the dark pass runs it again.
      await page.getByTestId('suite-progress').waitFor({ state: 'detached', timeout: 60_000 });
      await page.getByTestId('run-summary').waitFor();
      await page.locator('[data-testid^="matrix-cell-"][data-passed="false"]').first().click();
      await page.getByTestId('cell-runs').waitFor();
    },
  },
  {
    // The prompt lab: Clara's draft with a new line and an unknown placeholder, compared with the original.
    name: 'lab',
    run: async (page) => {
      await page.getByRole('button', { name: 'Prompt lab', exact: true }).click();
      await page.getByLabel('Assistant', { exact: true }).selectOption({ label: 'Clara' });
      const prompt = page.getByRole('textbox', { name: 'System prompt', exact: true });
      await prompt.click();
      await prompt.press('ControlOrMeta+End');
      await prompt.pressSequentially('\nAsk for {order_id} before booking.');
      await page
        .getByRole('textbox', { name: 'Initial message', exact: true })
        .fill('Hi, Clara here. What can I book for you?');
      await page.getByRole('button', { name: 'Compare with the draft' }).first().click();
    },
  },
  {
    // The variable editor: Clara's defaults with one emptied (its placeholder flagged), and Famulor's system values.
    name: 'variables',
    run: async (page) => {
      const pane = await claraSession(page);
      await pane.getByTestId('pane-variables').click();
      const editor = page.getByTestId('variable-editor');
      await editor.getByTestId('variable-value-company_name').fill('');
      await editor.getByTestId('placeholder-company_name').and(page.locator('[data-unset]')).waitFor();
      await editor.getByTestId('system-current_date').waitFor();
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
    // Settings: a Production profile beside the Offline demo, with its key kept (the last four shown only).
    name: 'settings',
    run: async (page) => {
      await page.getByTestId('nav-settings').click();
      await page.getByTestId('profile-row').first().waitFor();
      // The scenes share one host: the second colour scheme finds the profile made by the first.
      const production = page.locator('[data-testid="profile-row"][data-profile-name="Production"]');
      if ((await production.count()) > 0) {
        await production.click();
      } else {
        await page.getByTestId('profile-new').click();
        await page.getByTestId('profile-name').fill('Production');
        await page.getByTestId('profile-save').click();
        const panel = page.getByTestId('key-panel');
        await page.locator('[data-testid="key-panel"]:not([data-keychain="unknown"])').waitFor();
        await panel.getByTestId('key-input').fill('famulor-demo-key');
        // Where the system keychain cannot take the key (no Secret Service), keep it for this run only.
        for (let attempt = 0; attempt < 2; attempt += 1) {
          if ((await panel.getAttribute('data-keychain')) === 'unavailable')
            await panel.getByTestId('key-backend-memory').check();
          await panel.getByTestId('key-save').click();
          await panel.locator('[data-testid="key-notice"], [data-testid="key-error"]').first().waitFor();
          if (await panel.getByTestId('key-notice').isVisible()) break;
        }
      }
      await production.getByTestId('key-status').getByText('-key').waitFor();
    },
  },
  {
    // Settings → Demo packs: the fixture pack of a car dealership imported beside the shipped ones, its turns open.
    name: 'demo-packs',
    run: async (page) => {
      await page.getByTestId('nav-settings').click();
      await page.getByTestId('packs-import-file').setInputFiles(PACK);
      await page.getByTestId('packs-import-result').getByText('Imported').waitFor();
      const lena = page.getByTestId('demo-pack').filter({ hasText: 'Autohaus Becker' });
      await lena.getByTestId('pack-edit').click();
      await page.getByTestId('pack-editor').waitFor();
      await lena.scrollIntoViewIfNeeded();
    },
  },
  {
    // Presentation mode on that pack: a script stepped by key, large type, the calls as cards, no ids or costs.
    name: 'presentation',
    run: async (page) => {
      const pane = await assistantSession(page, 'Lena');
      await pane
        .getByTestId('composer-input')
        .fill('Ich möchte einen Termin für die Inspektion vereinbaren.');
      await pane.getByTestId('composer-input').press('Enter');
      await pane.getByTestId('message-assistant').nth(1).waitFor();
      await sendAndWait(pane, 'Ein VW Golf, am liebsten nächsten Dienstag.', 1);
      await page.getByTestId('inspector-toggle').click();
      await page.getByTestId('inspector-tab-replay').click();
      await page.getByTestId('replay-script-name').fill('Inspektion');
      await page.getByTestId('replay-save').click();
      await page.getByTestId('pane-reset').click();
      await page.keyboard.press('Control+Shift+P');
      const bar = page.getByTestId('presenter-bar');
      await bar.getByRole('combobox').selectOption({ label: 'Inspektion' });
      await bar.getByRole('button', { name: 'Next message' }).focus();
      await page.keyboard.press('ArrowRight');
      await pane.getByTestId('message-assistant').nth(1).waitFor();
      await page.keyboard.press('ArrowRight');
      await page.getByTestId('call-card').first().waitFor();
    },
  },
];
