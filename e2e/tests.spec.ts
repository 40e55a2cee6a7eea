import { writeFile } from 'node:fs/promises';
import { expect, test } from './fixtures/app';
import { ShellPage } from './pages/ShellPage';

const suite = (firstExpectation: string) => `name: Clara in the Tests view
assistants: [Clara]
cases:
  - name: offers the calendar's slots
    turns:
      - user: Is there a free slot on 2026-12-10?
        reply: { contains: '${firstExpectation}' }
        calls: [{ name: check_calendar_availability }]
  - name: cancels a booking in the chat
    turns:
      - user: Please cancel my booking BK-1001
        calls: [{ name: cancel_appointment }]
`;

test('a suite file in the Tests view: add it, run it, read a failure, edit the file, run again and see the regression', async ({
  app,
}) => {
  const page = app.page;
  const file = test.info().outputPath('clara.suite.yaml');
  await writeFile(file, suite('10:30'));
  await new ShellPage(page).ready();
  await page.getByRole('button', { name: 'Tests', exact: true }).click();

  await page.getByLabel('Path of a suite file').fill(file);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const listed = page.getByRole('list', { name: 'Tests' }).getByRole('button');
  await expect(listed).toHaveText(['Clara in the Tests view2 cases']);
  await expect(page.getByLabel('Path of a suite file')).toHaveValue('');

  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByTestId('run-summary')).toContainText('1 of 2 passed');
  const matrix = page.getByRole('table', { name: 'Cases and where they ran' });
  await expect(matrix.getByRole('button', { name: /: passed, 1 of 1 runs$/ })).toHaveCount(1);
  await matrix
    .getByRole('button', {
      name: /^Open the runs of “cancels a booking in the chat”.*: failed, 0 of 1 runs$/,
    })
    .click();
  const runs = page.getByRole('region', { name: /^cancels a booking in the chat · Clara/ });
  await expect(runs.getByTestId('expectation-failed')).toContainText(
    'cancel_appointment is called — no function was called',
  );
  await expect(runs.getByTestId('expectation-failed')).toContainText('called line 12');
  await expect(runs).toContainText('Please cancel my booking BK-1001');

  // The file changes in an editor: the view reads it again; the next run fails where the first passed.
  await writeFile(file, suite('11:45'));
  await page.getByRole('button', { name: 'Run again', exact: true }).click();
  await expect(page.getByTestId('run-summary')).toContainText('0 of 2 passed');
  await expect(page.getByTestId('run-changes')).toHaveText('1 regression · 0 fixed');
  await expect(matrix.getByTestId('cell-change-0')).toHaveText('regression');
  await page.getByLabel('Compare with').selectOption({ index: 0 });
  await expect(matrix.getByTestId('cell-change-0')).toHaveCount(0);

  // Both runs are kept: after a restart the latest is shown and can be compared with the one before.
  await app.restart();
  await page.getByRole('button', { name: 'Tests', exact: true }).click();
  await expect(page.getByTestId('run-summary')).toContainText('0 of 2 passed');
  await expect(page.getByTestId('run-changes')).toHaveText('1 regression · 0 fixed');

  // Run all: every suite that can run, one after another; the list says how each did last.
  const other = test.info().outputPath('sophie.suite.yaml');
  await writeFile(
    other,
    'name: Sophie\nassistants: [Sophie]\ncases: [{ name: greets, turns: [{ user: Hallo, reply: { contains: Hallo } }] }]\n',
  );
  await page.getByLabel('Path of a suite file').fill(other);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('button', { name: 'Run all suites' }).click();
  await expect(listed).toHaveText([
    'Clara in the Tests view✗ 0 of 2 passed · 2 cases',
    'Sophie✓ 1 of 1 passed · 1 case',
  ]);
  await expect(page.getByRole('button', { name: 'Run all suites' })).toBeEnabled();
  await listed.first().click();

  // Removing asks first, since the kept runs go with it; the file stays.
  await page.getByRole('button', { name: 'Remove from the list' }).click();
  await page.getByRole('button', { name: 'Keep', exact: true }).click();
  await expect(listed).toHaveCount(2);
  await page.getByRole('button', { name: 'Remove from the list' }).click();
  await expect(page.getByRole('group', { name: 'Remove from the list' })).toContainText('its 3 kept runs go');
  await page.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(listed).toHaveText(['Sophie✓ 1 of 1 passed · 1 case']);
});

test('a suite file with problems lists them by line and cannot be run', async ({ app }) => {
  const page = app.page;
  const file = test.info().outputPath('broken.suite.yaml');
  await writeFile(file, 'name: broken\nassistants: [Clara]\ncases:\n  - name: c\n    turns: [{ usr: hi }]\n');
  await new ShellPage(page).ready();
  await page.getByRole('button', { name: 'Tests', exact: true }).click();
  await page.getByLabel('Path of a suite file').fill(file);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByTestId('suite-problems')).toContainText(
    'Line 5, column 13 cases[0].turns[0]: Unrecognized key: "usr"',
  );
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeDisabled();

  await page.getByLabel('Path of a suite file').fill('suites/clara.suite.yaml');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByTestId('tests-add-error')).toContainText('Give the file’s full path');

  await page.getByLabel('Path of a suite file').fill(`${file}.missing`);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByTestId('tests-add-error')).toContainText('cannot be read (ENOENT)');
  await expect(page.getByLabel('Path of a suite file')).toHaveValue(`${file}.missing`);
});
