import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { expect, test } from './fixtures/app';
import { LabPage } from './pages/LabPage';
import { PlaygroundPage } from './pages/PlaygroundPage';
import { SettingsPage } from './pages/SettingsPage';
import { ShellPage } from './pages/ShellPage';
import { ThreadsReaderPage } from './pages/ThreadsReaderPage';

/**
 * axe-core on every main view and state of the app, in English and German, light and dark: any violation fails
 * the test with its rule, the elements and what is wrong with them.
 */

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const UNKNOWN_THREAD = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

interface Violation {
  id: string;
  help: string;
  nodes: string[];
}

const violations = async (page: Page): Promise<Violation[]> => {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    // The whole page: axe.run with options only.
    const { axe } = globalThis as unknown as { axe: { run(options: RunOptions): Promise<AxeResults> } };
    const result = await axe.run({ resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
    }));
  });
};

const expectNoViolations = async (page: Page, state: string) => {
  // Transitions fade in; a half-transparent text would be measured at a contrast it never settles at.
  await page.waitForTimeout(350);
  const found = await violations(page);
  expect(found, `${state}:\n${JSON.stringify(found, null, 2)}`).toEqual([]);
};

for (const locale of ['en-US', 'de-DE'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${locale}, ${colorScheme}`, () => {
      test.use({
        appContextOptions: { locale, colorScheme, bypassCSP: true, viewport: { width: 1440, height: 900 } },
      });

      test('no axe violations in any view or state', async ({ app, words: t }, testInfo) => {
        test.skip(
          testInfo.project.name === 'electron',
          'language and colour scheme are set on the browser context',
        );
        test.setTimeout(120_000);
        const { page } = app;
        const shell = new ShellPage(page, t);
        const playground = new PlaygroundPage(page, t);
        await shell.ready();
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoViolations(page, 'first screen');

        await playground.createSession();
        const first = await playground.addPane();
        // A send before an assistant is chosen: the pane's error state.
        await first.send('hello');
        await first.root.getByRole('alert').waitFor();
        await expectNoViolations(page, 'pane error');

        await first.assistantPicker().click();
        await first.root.getByRole('option').first().waitFor();
        await expectNoViolations(page, 'assistant picker open');
        const search = first.root.getByRole('combobox', { name: t('playground.picker.search') });
        await search.fill('Clara');
        await search.press('Enter');
        await first.send("I'd like to book a consultation on 2026-06-15");
        await first.functionCallChips().first().waitFor();
        await playground.addPane();
        await expectNoViolations(page, 'playground, two panes, one conversation');

        await first.openVariables();
        const variables = playground.variableEditor().root;
        await variables.waitFor();
        await expectNoViolations(page, 'variables, table');
        await variables.getByRole('tab', { name: t('variables.json'), exact: true }).click();
        await expectNoViolations(page, 'variables, JSON');
        await page.keyboard.press('Escape');

        const inspector = page.getByRole('complementary', { name: t('inspector.title') });
        if (!(await inspector.isVisible()))
          await page.getByRole('button', { name: t('inspector.toggle'), exact: true }).click();
        for (const tab of ['calls', 'compare', 'http', 'replay']) {
          await inspector.getByRole('tab', { name: t(`inspector.tabs.${tab}`), exact: true }).click();
          await expectNoViolations(page, `inspector, ${tab}`);
        }

        await page.keyboard.press('Control+k');
        await page.getByRole('dialog', { name: t('palette.title') }).waitFor();
        await expectNoViolations(page, 'command palette');
        await page.keyboard.press('Escape');
        await first.root.click({ position: { x: 5, y: 5 } });
        await page.keyboard.press('Shift+?');
        await page.getByRole('dialog', { name: t('palette.help.title') }).waitFor();
        await expectNoViolations(page, 'shortcut help');
        await page.keyboard.press('Escape');

        await shell.open('threads');
        await page.locator('[data-testid^="thread-row-"]').first().waitFor();
        await expectNoViolations(page, 'threads list');
        await page
          .getByRole('button', { name: t.matching('threads.table.openLabel') })
          .first()
          .click();
        await new ThreadsReaderPage(page).historyMessages().first().waitFor();
        await expectNoViolations(page, 'a thread');
        await page.getByRole('tab', { name: t('threads.chat.title') }).click();
        await expectNoViolations(page, 'a thread, customer chat');
        await page.getByRole('button', { name: new RegExp(`${t('threads.reader.back')}$`) }).click();
        await page.getByRole('textbox', { name: t('threads.open.label') }).fill(UNKNOWN_THREAD);
        await page.getByRole('button', { name: t('threads.open.submit'), exact: true }).click();
        await page.getByRole('alert').waitFor();
        await expectNoViolations(page, 'a thread Famulor does not know');

        await shell.open('settings');
        await new SettingsPage(page).activeBadges().first().waitFor();
        await expectNoViolations(page, 'settings');

        // The prompt lab with a tool still to fill in and a comparison open.
        const lab = new LabPage(page, t);
        await lab.open();
        await lab.pick('Clara');
        await lab.addTool('call_transfer');
        await lab.compareWithDraft(0);
        await expectNoViolations(page, 'prompt lab');
      });
    });
  }
}
