import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Locator, Page } from '@playwright/test';
import { parse } from 'yaml';
import { expect, test } from './fixtures/app';
import { appOutDir } from './fixtures/hostProcess';
import { openSupportCase } from './fixtures/seededThreads';
import { PlaygroundPage } from './pages/PlaygroundPage';
import { ShellPage } from './pages/ShellPage';
import { ThreadsPage } from './pages/ThreadsPage';

interface SavedSuite {
  assistants: string[];
  cases: { turns: { user: string; calls?: { name: string; called?: boolean }[] }[] }[];
}

const saveAsTest = async (page: Page, scope: Locator): Promise<Download> => {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    scope.getByRole('button', { name: 'Save as test', exact: true }).click(),
  ]);
  return download;
};

test('a playground conversation saved as a test passes when the CLI runs it against the same assistant', async ({
  app,
}) => {
  await new ShellPage(app.page).ready();
  const playground = new PlaygroundPage(app.page);
  await playground.createSession();
  const pane = await playground.addPane();
  await expect(pane.root.getByRole('button', { name: 'Save as test', exact: true })).toBeDisabled();
  await pane.pickAssistant('Clara');
  await pane.send('I need a check-up on 2026-12-10');
  await pane.idle();
  await pane.send('10:30 works for me');
  await pane.idle();
  await pane.send('My name is Anna Weber');
  await pane.idle();
  // The calendar for the day, the calendar again for 10:30 (before Clara says it is free), the booking.
  await expect(pane.functionCallChips()).toHaveCount(3);

  const download = await saveAsTest(app.page, pane.root);
  expect(download.suggestedFilename()).toMatch(/^clara\.suite\.yaml$/);
  const file = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const text = await readFile(file, 'utf8');
  expect(text).toMatch(/^# Made in Famulor Playground from pane “Clara” on /);
  const suite = parse(text) as SavedSuite;
  expect(suite.cases[0]?.turns.map((turn) => turn.user)).toEqual([
    'I need a check-up on 2026-12-10',
    '10:30 works for me',
    'My name is Anna Weber',
  ]);
  expect(suite.cases[0]?.turns[2]?.calls).toContainEqual(
    expect.objectContaining({ name: 'book_appointment' }),
  );

  // What the app saved is a suite the CLI runs: against the Offline demo, a new conversation with Clara passes it.
  const run = spawnSync(
    process.execPath,
    [
      join(appOutDir, 'main', 'cli.js'),
      'test',
      file,
      '--profile',
      'Offline demo',
      '--user-data-dir',
      mkdtempSync(join(tmpdir(), 'cli-')),
      '--out',
      test.info().outputPath('reports'),
    ],
    { encoding: 'utf8' },
  );
  expect(run.stdout).toContain('1 of 1 passed');
  expect(run.status).toBe(0);
});

test('a customer thread saved as a test holds the customer’s messages and what the assistant called', async ({
  app,
}) => {
  const threads = new ThreadsPage(app.page);
  const reader = await openSupportCase(threads);
  const download = await saveAsTest(app.page, app.page.locator('body'));
  expect(download.suggestedFilename()).toBe('charlotte-davies.suite.yaml');
  const text = await readFile(await download.path(), 'utf8');
  expect(text).toContain(`from conversation ${await reader.conversationId()}`);
  const suite = parse(text) as SavedSuite;
  expect(suite.assistants).toHaveLength(1);
  const turns = suite.cases[0]?.turns ?? [];
  expect(turns.length).toBeGreaterThan(1);
  expect(turns.flatMap((turn) => turn.calls ?? []).map((call) => call.name)).toContain(
    'check_calendar_availability',
  );
});
