import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures/app';
import { PlaygroundPage } from './pages/PlaygroundPage';
import { ShellPage } from './pages/ShellPage';
import { ThreadsReaderPage } from './pages/ThreadsReaderPage';

/**
 * Each user's journey with the keyboard alone: no click, no hover; focus moves only by Tab, arrows, Enter,
 * Escape and the shortcuts the app lists.
 */

/** Tab (or Shift+Tab) until `target` has the focus, as a person would, within `limit` presses. */
const tabTo = async (page: Page, target: Locator, { back = false, limit = 60 } = {}) => {
  for (let press = 0; press < limit; press += 1) {
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${String(target)} never took the focus in ${limit} presses`);
};

const runCommand = async (page: Page, name: string) => {
  await page.keyboard.press('Control+k');
  await page.keyboard.type(name);
  await expect(page.getByRole('option', { selected: true })).toContainText(name);
  await page.keyboard.press('Enter');
};

test('prompt designer: session, pane, assistant, message, variables and the inspector, by keyboard', async ({
  app,
}) => {
  const { page } = app;
  await new ShellPage(page).ready();
  await runCommand(page, 'New session');
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('Session 1');
  await runCommand(page, 'Add pane');

  // The new pane's picker has the focus: open it, search, pick with Enter.
  const pane = page.getByRole('region', { name: 'Pane 1', exact: true });
  await expect(pane.getByRole('button', { name: /^Assistant / })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Clara');
  await page.keyboard.press('Enter');
  await expect(pane.getByRole('button', { name: /^Assistant / })).toContainText('Clara');
  await expect(pane.getByRole('button', { name: /^Assistant / })).toBeFocused();

  await tabTo(page, pane.getByRole('textbox', { name: 'Message', exact: true }));
  await page.keyboard.type("I'd like to book a consultation on 2026-06-15");
  await page.keyboard.press('Enter');
  await expect(new PlaygroundPage(page).pane(0).functionCallChips().first()).toBeVisible();

  // Variables: a dialog that keeps the focus, Apply by keyboard, focus back where it was.
  await runCommand(page, 'Edit the focused pane’s variables');
  const editor = page.getByRole('dialog', { name: /^Variables/ });
  await expect(editor).toBeVisible();
  await tabTo(page, editor.getByRole('textbox', { name: 'Value of company_name', exact: true }));
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Berlin Smile Clinic');
  await tabTo(page, editor.getByRole('button', { name: /^Apply( and start a new conversation)?$/ }));
  await page.keyboard.press('Enter');
  await expect(editor).toBeHidden();
  // Opened from the palette (gone now), the focus goes on to the pane's composer.
  await expect(pane.getByRole('textbox', { name: 'Message', exact: true })).toBeFocused();

  // The inspector's tabs follow the arrows.
  await page.keyboard.press('Control+i');
  const calls = page.getByRole('tab', { name: 'Function calls', exact: true });
  await expect(calls).toBeVisible();
  await tabTo(page, calls);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Compare', exact: true })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Compare', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'Replay', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
});

test('sales engineer: two offline assistants side by side, one billed, a broadcast, by keyboard', async ({
  app,
}) => {
  const { page } = app;
  await new ShellPage(page).ready();
  await runCommand(page, 'New session');
  for (const [index, name] of ['Max', 'Sophie'].entries()) {
    await runCommand(page, 'Add pane');
    const picker = page
      .getByRole('region', { name: `Pane ${index + 1}`, exact: true })
      .getByRole('button', { name: /^Assistant / });
    await expect(picker).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.type(name);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(picker).toContainText(name);
  }
  await runCommand(page, 'Make the focused pane a billed widget conversation');
  await expect(
    page
      .getByRole('region', { name: 'Pane 2', exact: true })
      .getByRole('radio', { name: 'Widget', exact: true }),
  ).toHaveAttribute('aria-checked', 'true');

  await page.keyboard.press('Control+b');
  await tabTo(
    page,
    page
      .getByRole('region', { name: 'Pane 2', exact: true })
      .getByRole('textbox', { name: 'Message', exact: true }),
  );
  await page.keyboard.type('Hello!');
  await page.keyboard.press('Enter');
  for (const index of [0, 1]) {
    await expect(new PlaygroundPage(page).pane(index).messages('user')).toHaveText(/Hello!/);
  }
  await expect(new PlaygroundPage(page).pane(1).cost()).toContainText('$0.01');
});

test('support agent: find a thread, search it, take it over and hand it back, and return to the list, by keyboard', async ({
  app,
}) => {
  const { page } = app;
  await new ShellPage(page).ready();
  await runCommand(page, 'Go to Threads');
  const firstOpen = page.getByRole('button', { name: /^Open the / }).first();
  await expect(firstOpen).toBeVisible();
  await tabTo(page, firstOpen);
  const opened = await firstOpen.getAttribute('aria-label');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeFocused();
  await page.keyboard.press('Control+f');
  await expect(page.getByRole('searchbox', { name: 'Search in this thread' })).toBeFocused();
  await page.keyboard.type('the');
  await page.keyboard.press('Enter');
  const reader = new ThreadsReaderPage(page);
  await expect(reader.searchCount()).toBeVisible();
  await page.keyboard.press('Escape');

  await runCommand(page, 'Take this thread over from the AI');
  const confirm = page.getByRole('alertdialog').or(page.getByRole('dialog'));
  await expect(confirm).toBeVisible();
  await tabTo(page, confirm.getByRole('button', { name: /take over/i }));
  await page.keyboard.press('Enter');
  await expect(reader.aiState()).toHaveAttribute('data-state', 'off');
  await runCommand(page, 'Hand this thread back to the AI');
  await tabTo(page, confirm.getByRole('button', { name: /hand back/i }));
  await page.keyboard.press('Enter');
  await expect(reader.aiState()).toHaveAttribute('data-state', 'on');

  await tabTo(page, page.getByRole('button', { name: /All threads$/ }), { back: true });
  await page.keyboard.press('Enter');
  // Back in the list, on the row of the thread that was open.
  await expect(page.getByRole('button', { name: opened ?? '' })).toBeFocused();
});

test('prompt designer in the prompt lab: pick, edit, save, try beside the original and delete the copy, by keyboard', async ({
  app,
}) => {
  const { page } = app;
  await new ShellPage(page).ready();
  await page.keyboard.press('Control+4');
  const picker = page.getByLabel('Assistant', { exact: true });
  await tabTo(page, picker);
  // A native select: the arrows choose (the first option is the placeholder, Clara the first assistant).
  await page.keyboard.press('ArrowDown');
  await expect(picker).toHaveValue('101');
  const greeting = page.getByRole('textbox', { name: 'Initial message', exact: true });
  await tabTo(page, greeting);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Clara here, by keyboard.');
  await page.keyboard.press('Control+s');
  // Saved as a version beside the original.
  await expect(page.getByRole('region', { name: 'Versions', exact: true }).getByRole('listitem')).toHaveCount(
    2,
  );

  await tabTo(page, page.getByRole('button', { name: 'Try beside the original', exact: true }));
  await page.keyboard.press('Enter');
  const panes = page.getByRole('region', { name: /^Pane \d$/ });
  await expect(panes).toHaveCount(2);

  // Back in the lab by its shortcut, the copy deleted with Enter.
  await page.keyboard.press('Control+4');
  const discard = page.getByRole('button', { name: 'Delete the scratch copy', exact: true });
  await tabTo(page, discard);
  await page.keyboard.press('Enter');
  await expect(discard).toHaveCount(0);
});
