import { expect, test } from './fixtures/app';
import { LONG_THREAD_SIZE, openLongThread } from './fixtures/seededThreads';
import { PresentationPage } from './pages/PresentationPage';
import { ShellPage } from './pages/ShellPage';
import { ThreadsPage } from './pages/ThreadsPage';

test('Ctrl + and − size the text everywhere, in and out of presentation mode, and the size stays after a reload', async ({
  app,
}) => {
  const shell = new ShellPage(app.page);
  await shell.ready();
  expect(await shell.bodyFontSize()).toBe(14);
  await app.page.keyboard.press('Control+=');
  await app.page.keyboard.press('Control+=');
  await expect(shell.textScale()).toContainText('125 %');
  expect(await shell.bodyFontSize()).toBe(17.5);

  // The virtualized 10,000-message thread still opens at its latest message at this size.
  const threads = new ThreadsPage(app.page);
  await threads.open();
  const reader = await openLongThread(threads);
  await expect(reader.message(LONG_THREAD_SIZE - 1)).toBeInViewport();

  const presentation = new PresentationPage(app.page);
  await shell.open('playground');
  await presentation.toggleByKey();
  await presentation.expectPresenting(true);
  await app.page.keyboard.press('Control+-');
  await expect(shell.textScale()).toContainText('110 %');
  await presentation.toggleByKey();

  await app.page.reload();
  await shell.ready();
  await expect(shell.textScale()).toContainText('110 %');
  expect(await shell.bodyFontSize()).toBeCloseTo(15.4, 1);
  await app.page.keyboard.press('Control+0');
  await expect(shell.textScale()).toContainText('100 %');
  expect(await shell.bodyFontSize()).toBe(14);
});
