import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/app';
import { PlaygroundPage } from './pages/PlaygroundPage';
import { ShellPage } from './pages/ShellPage';

/**
 * The playground with one to four panes, with and without the inspector, on a laptop and a desktop screen, in
 * English and German: nothing scrolls sideways and no button's label is cut. Each case leaves a screenshot in the
 * test's output folder; docs/screenshots/layout holds the set that was looked at.
 */

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;
const ASSISTANTS = ['Clara', 'Max', 'Sophie', 'Clara'];

/** The few DOM members the check reads (the end-to-end code is type-checked without the DOM library). */
interface Measured {
  scrollWidth: number;
  clientWidth: number;
  className: string;
  tagName: string;
  textContent: string | null;
  offsetParent: unknown;
}
interface MeasuredWindow {
  document: { documentElement: Measured; querySelectorAll(selector: string): Iterable<Measured> };
  getComputedStyle(element: Measured): { overflowX: string };
}

/** What does not fit: elements that scroll sideways, and buttons whose text is wider than the button. */
const layoutProblems = (page: Page) =>
  page.evaluate(() => {
    const { document, getComputedStyle } = globalThis as unknown as MeasuredWindow;
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth)
      problems.push(`the page scrolls sideways (${root.scrollWidth} px)`);
    for (const element of document.querySelectorAll('body *')) {
      const { overflowX } = getComputedStyle(element);
      const scrolls = overflowX === 'auto' || overflowX === 'scroll';
      if (scrolls && element.scrollWidth > element.clientWidth + 1)
        problems.push(`${element.className || element.tagName} scrolls sideways`);
    }
    for (const button of document.querySelectorAll('button')) {
      if (button.offsetParent !== null && button.scrollWidth > button.clientWidth + 1)
        problems.push(
          `button "${button.textContent?.trim()}" is cut (${button.scrollWidth} > ${button.clientWidth})`,
        );
    }
    return problems;
  });

for (const viewport of VIEWPORTS) {
  for (const locale of ['en-US', 'de-DE'] as const) {
    test.describe(`${viewport.width}×${viewport.height}, ${locale}`, () => {
      test.use({ appContextOptions: { viewport, locale } });

      test('one to four panes, with and without the inspector, fit without cut labels or sideways scrolling', async ({
        app,
        words: t,
      }, testInfo) => {
        test.skip(
          testInfo.project.name === 'electron',
          'the window size and language are set on the browser context',
        );
        test.setTimeout(120_000);
        const { page } = app;
        await new ShellPage(page, t).ready();
        const playground = new PlaygroundPage(page, t);
        await playground.createSession();
        const inspector = page.getByRole('complementary', { name: t('inspector.title') });
        for (const [index, assistant] of ASSISTANTS.entries()) {
          await playground.addPane();
          const pane = playground.pane(index);
          await pane.pickAssistant(assistant);
          if (index % 2 === 1) await pane.setType('widget');
          await pane.send("I'd like to book a consultation on 2026-06-15");
          await pane.idle();
          for (const open of [false, true]) {
            if ((await inspector.isVisible()) !== open)
              await page.getByRole('button', { name: t('inspector.toggle'), exact: true }).click();
            await expect(inspector).toBeVisible({ visible: open });
            const name = `${index + 1}-panes-${open ? 'inspector' : 'no-inspector'}`;
            await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
            expect(await layoutProblems(page), name).toEqual([]);
          }
        }
      });
    });
  }
}
