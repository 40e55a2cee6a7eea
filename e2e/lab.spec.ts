import { writeFile } from 'node:fs/promises';
import { expect, test } from './fixtures/app';
import { InspectorPage } from './pages/InspectorPage';
import { LabPage } from './pages/LabPage';
import { PlaygroundPage } from './pages/PlaygroundPage';
import { ShellPage } from './pages/ShellPage';
import { TestsPage } from './pages/TestsPage';

const DRAFT_GREETING = 'Hi, Clara here (draft). What can I book for you?';
const SLOTS = 'Which slots are free on 2026-06-16?';

test('the prompt lab offline: edit Clara, try the draft beside the original, apply it, restore the original', async ({
  app,
}) => {
  await new ShellPage(app.page).ready();
  // A replay script to try the draft with: one message to Clara, saved from a pane.
  const playground = new PlaygroundPage(app.page);
  await playground.createSession();
  const pane = await playground.addPane();
  await pane.pickAssistant('Clara');
  await pane.send(SLOTS);
  await pane.idle();
  const inspector = new InspectorPage(app.page);
  await inspector.open();
  await inspector.saveScript('Slots');

  const lab = new LabPage(app.page);
  await lab.open();
  await lab.pick('Clara');
  await expect(lab.versions()).toHaveCount(1);

  await lab.initialMessage().fill(DRAFT_GREETING);
  await lab.appendToPrompt('\nAsk for {order_id} before booking.');
  // The new placeholder is no variable of Clara's: it is marked, with where it is.
  await expect(lab.placeholders().filter({ hasText: '{order_id}' })).toContainText('line 2, column 9');
  await expect(lab.placeholders().filter({ hasText: '{order_id}' })).toContainText('Not a variable');
  await lab.save('shorter greeting');
  await expect(lab.versions()).toHaveCount(2);
  await expect(lab.versions().first()).toContainText('shorter greeting');

  // Try it on both models with the script: two scratch copies beside the original, the script played into all three.
  await lab.tryDraft({ models: ['GPT-4o-mini', 'GPT-4.1-mini'], script: 'Slots' });
  await expect(playground.panes()).toHaveCount(3);
  await expect(playground.pane(1).assistantPicker()).toContainText('[draft] Clara');
  expect((await lab.listedNames()).filter((name) => name.startsWith('[draft] Clara · '))).toHaveLength(2);
  await expect(inspector.turns()).toHaveCount(1);
  await expect(inspector.turnPart(inspector.turns().first(), 'reply')).toHaveCount(3);
  for (const index of [1, 2]) {
    await expect(playground.pane(index).messages('assistant').first()).toContainText(DRAFT_GREETING);
    await expect(playground.pane(index).functionCallChips().first()).toContainText(
      'check_calendar_availability',
    );
  }
  await expect(playground.pane(0).messages('assistant').first()).not.toContainText(DRAFT_GREETING);

  // Closing a copy's pane deletes that copy on Famulor (asserted through the API); the lab deletes the other.
  const drafts = async () => (await lab.listedNames()).filter((name) => name.startsWith('[draft]'));
  await playground.pane(2).close();
  await expect.poll(async () => (await drafts()).length).toBe(1);
  await lab.open();
  await lab.discardCopies(1);
  expect(await drafts()).toEqual([]);
  const review = await lab.apply();
  expect(review).toContain('Initial message, System prompt');
  await expect(lab.versions()).toHaveCount(3);
  await expect(lab.versions().first()).toContainText('Applied');

  // Restore the original into the draft: the comparison shows what goes back, and applying it does.
  await lab.restore(2);
  await expect(lab.initialMessage()).not.toHaveValue(DRAFT_GREETING);
  await lab.compareWithDraft(0);
  await expect(lab.comparison()).toContainText('Initial message');
  await expect(lab.comparison()).toContainText('Ask for {order_id} before booking.');
  await lab.apply();
  await expect(lab.versions()).toHaveCount(4);

  // The versions are kept across a restart.
  await app.restart();
  const again = new LabPage(app.page);
  await again.open();
  await again.pick('Clara');
  await expect(again.versions()).toHaveCount(4);
  await expect(again.initialMessage()).not.toHaveValue(DRAFT_GREETING);
});

test('the prompt lab runs a test suite on the original and the draft side by side', async ({ app }) => {
  const file = test.info().outputPath('greeting.suite.yaml');
  // The draft moves Clara to another clinic (a variable's default), so that case passes on the copy only.
  await writeFile(
    file,
    [
      'name: Clara at the new clinic',
      'assistants: [Clara]',
      'cases:',
      '  - name: offers the calendar',
      '    turns:',
      '      - user: Is there a free slot on 2026-12-10?',
      '        calls: [{ name: check_calendar_availability }]',
      '  - name: names the new clinic',
      '    turns:',
      '      - user: Hello',
      "        reply: { contains: 'Nordpark Clinic' }",
      '',
    ].join('\n'),
  );
  await new ShellPage(app.page).ready();
  const tests = new TestsPage(app.page);
  await tests.open();
  await tests.add(file);
  await expect(tests.suites()).toHaveCount(1);

  const lab = new LabPage(app.page);
  await lab.open();
  await lab.pick('Clara');
  await lab.variableValue(0).fill('Nordpark Clinic');
  await lab.tryDraft({ suite: { name: 'Clara at the new clinic', cases: 2 } });

  // The Tests view shows the run: the original and the copy as columns, the clinic case failing only on Clara.
  await expect(tests.summary()).toContainText('3 of 4 passed');
  const columns = tests.matrix().getByRole('columnheader');
  await expect(columns).toHaveCount(3);
  await expect(columns.nth(1)).toContainText('Clara ·');
  await expect(columns.nth(2)).toContainText('[draft] Clara · ');
  const clinicRow = tests.matrix().getByRole('row', { name: /names the new clinic/ });
  await expect(clinicRow.getByRole('cell')).toHaveText([/✗ 0\/1/, /✓ 1\/1/]);
  // The panes are open for typing, too; closing the comparison's copy pane deletes the copy.
  const playground = new PlaygroundPage(app.page);
  await app.page.keyboard.press('Control+1');
  await expect(playground.panes()).toHaveCount(2);
  await playground.pane(1).close();
  await expect
    .poll(async () => (await lab.listedNames()).filter((name) => name.startsWith('[draft]')))
    .toEqual([]);
});

test('copies left by an app that ended mid-comparison are offered for deletion at the next start', async ({
  app,
}) => {
  await new ShellPage(app.page).ready();
  const lab = new LabPage(app.page);
  await lab.open();
  await lab.pick('Clara');
  await lab.initialMessage().fill(DRAFT_GREETING);
  await lab.tryDraft();
  const playground = new PlaygroundPage(app.page);
  await expect(playground.panes()).toHaveCount(2);
  // Not offered while its comparison is open.
  await expect(lab.leftoverBanner()).toHaveCount(0);

  await app.restart();
  const again = new LabPage(app.page);
  const banner = again.leftoverBanner();
  await expect(banner).toContainText('A scratch copy the prompt lab made is still on Famulor');
  await expect(banner).toContainText('[draft] Clara · ');
  await again.deleteLeftovers();
  await expect(banner).toHaveCount(0);
  expect((await again.listedNames()).filter((name) => name.startsWith('[draft]'))).toEqual([]);
});
