import { writeFile } from 'node:fs/promises';
import { expect, test } from './fixtures/app';
import { ShellPage } from './pages/ShellPage';
import { TestsPage } from './pages/TestsPage';

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
  const file = test.info().outputPath('clara.suite.yaml');
  await writeFile(file, suite('10:30'));
  await new ShellPage(app.page).ready();
  const tests = new TestsPage(app.page);
  await tests.open();

  await tests.add(file);
  const listed = tests.suites();
  await expect(listed).toHaveText(['Clara in the Tests view2 cases']);
  await expect(tests.pathField()).toHaveValue('');

  await tests.run();
  await expect(tests.summary()).toContainText('1 of 2 passed');
  await expect(tests.matrix().getByRole('button', { name: /: passed, 1 of 1 runs$/ })).toHaveCount(1);
  const runs = await tests.openCell(
    /^Open the runs of “cancels a booking in the chat”.*: failed, 0 of 1 runs$/,
    /^cancels a booking in the chat · Clara/,
  );
  await expect(tests.failedExpectation(runs)).toContainText(
    'cancel_appointment is called — no function was called',
  );
  await expect(tests.failedExpectation(runs)).toContainText('called line 12');
  await expect(runs).toContainText('Please cancel my booking BK-1001');

  // The file changes in an editor: the view reads it again; the next run fails where the first passed.
  await writeFile(file, suite('11:45'));
  await tests.runAgain();
  await expect(tests.summary()).toContainText('0 of 2 passed');
  await expect(tests.changes()).toHaveText('1 regression · 0 fixed');
  await expect(tests.cellChange(0)).toHaveText('regression');
  await tests.compareWith(0);
  await expect(tests.cellChange(0)).toHaveCount(0);

  // Both runs are kept: after a restart the latest is shown and can be compared with the one before.
  await app.restart();
  await tests.open();
  await expect(tests.summary()).toContainText('0 of 2 passed');
  await expect(tests.changes()).toHaveText('1 regression · 0 fixed');

  // Run all: every suite that can run, one after another; the list says how each did last.
  const other = test.info().outputPath('sophie.suite.yaml');
  await writeFile(
    other,
    'name: Sophie\nassistants: [Sophie]\ncases: [{ name: greets, turns: [{ user: Hallo, reply: { contains: Hallo } }] }]\n',
  );
  await tests.add(other);
  await tests.runAllButton().click();
  await expect(listed).toHaveText([
    'Clara in the Tests view✗ 0 of 2 passed · 2 cases',
    'Sophie✓ 1 of 1 passed · 1 case',
  ]);
  await expect(tests.runAllButton()).toBeEnabled();
  await listed.first().click();

  // Removing asks first, since the kept runs go with it; the file stays.
  await tests.askToRemove();
  await tests.answerRemoval('Keep');
  await expect(listed).toHaveCount(2);
  await tests.askToRemove();
  await expect(tests.removeQuestion()).toContainText('its 3 kept runs go');
  await tests.answerRemoval('Remove');
  await expect(listed).toHaveText(['Sophie✓ 1 of 1 passed · 1 case']);
});

test('a suite file with problems lists them by line and cannot be run', async ({ app }) => {
  const file = test.info().outputPath('broken.suite.yaml');
  await writeFile(file, 'name: broken\nassistants: [Clara]\ncases:\n  - name: c\n    turns: [{ usr: hi }]\n');
  await new ShellPage(app.page).ready();
  const tests = new TestsPage(app.page);
  await tests.open();
  await tests.add(file);
  await expect(tests.problems()).toContainText(
    'Line 5, column 13 cases[0].turns[0]: Unrecognized key: "usr"',
  );
  await expect(tests.runButton()).toBeDisabled();

  await tests.add('suites/clara.suite.yaml');
  await expect(tests.addError()).toContainText('Give the file’s full path');

  await tests.add(`${file}.missing`);
  await expect(tests.addError()).toContainText('cannot be read (ENOENT)');
  await expect(tests.pathField()).toHaveValue(`${file}.missing`);
});
