import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { expect, test } from './fixtures/app';
import { ShellPage } from './pages/ShellPage';

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

      test('no axe violations in any view or state', async ({ app }, testInfo) => {
        test.skip(
          testInfo.project.name === 'electron',
          'language and colour scheme are set on the browser context',
        );
        test.setTimeout(120_000);
        const { page } = app;
        await new ShellPage(page).ready();
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoViolations(page, 'first screen');

        await page.getByTestId('session-new').click();
        await page.getByTestId('add-pane').click();
        const first = page.getByTestId('pane-0');
        // A send before an assistant is chosen: the pane's error state.
        await first.getByTestId('composer-input').fill('hello');
        await first.getByTestId('composer-input').press('Enter');
        await first.getByTestId('pane-error').waitFor();
        await expectNoViolations(page, 'pane error');

        await first.getByTestId('assistant-picker').click();
        await first.getByTestId('assistant-option').first().waitFor();
        await expectNoViolations(page, 'assistant picker open');
        await first.getByTestId('assistant-search').fill('Clara');
        await first.getByTestId('assistant-search').press('Enter');
        await first.getByTestId('composer-input').fill("I'd like to book a consultation on 2026-06-15");
        await first.getByTestId('composer-input').press('Enter');
        await first.getByTestId('function-call-chip').first().waitFor();
        await page.getByTestId('add-pane').click();
        await page.getByTestId('pane-1').waitFor();
        await expectNoViolations(page, 'playground, two panes, one conversation');

        await first.getByTestId('pane-variables').click();
        await page.getByTestId('variable-editor').waitFor();
        await expectNoViolations(page, 'variables, table');
        await page.getByTestId('variables-tab-json').click();
        await expectNoViolations(page, 'variables, JSON');
        await page.keyboard.press('Escape');

        if (!(await page.getByTestId('inspector').isVisible()))
          await page.getByTestId('inspector-toggle').click();
        for (const tab of ['calls', 'compare', 'http', 'replay']) {
          await page.getByTestId(`inspector-tab-${tab}`).click();
          await expectNoViolations(page, `inspector, ${tab}`);
        }

        await page.keyboard.press('Control+k');
        await page.getByRole('dialog').waitFor();
        await expectNoViolations(page, 'command palette');
        await page.keyboard.press('Escape');
        await page.getByTestId('pane-0').click({ position: { x: 5, y: 5 } });
        await page.keyboard.press('Shift+?');
        await page.getByTestId('shortcut-help').waitFor();
        await expectNoViolations(page, 'shortcut help');
        await page.keyboard.press('Escape');

        await page.getByTestId('nav-threads').click();
        await page.locator('[data-testid^="thread-row-"]').first().waitFor();
        await expectNoViolations(page, 'threads list');
        await page.getByTestId('thread-open').first().click();
        await page
          .getByTestId(/^message-\d+$/)
          .first()
          .waitFor();
        await expectNoViolations(page, 'a thread');
        await page.getByTestId('side-tab-chat').click();
        await expectNoViolations(page, 'a thread, customer chat');
        await page.getByTestId('thread-back').click();
        await page.getByTestId('open-conversation-input').fill(UNKNOWN_THREAD);
        await page.getByTestId('open-conversation-submit').click();
        await page.getByTestId('thread-error').waitFor();
        await expectNoViolations(page, 'a thread Famulor does not know');

        await page.getByTestId('nav-settings').click();
        await page.getByTestId('profile-badge-active').first().waitFor();
        await expectNoViolations(page, 'settings');
      });
    });
  }
}
