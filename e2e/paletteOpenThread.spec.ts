import { expect, test } from './fixtures/app';
import { SUPPORT_CASE_CUSTOMER } from './fixtures/seededThreads';
import { ShellPage } from './pages/ShellPage';
import { ThreadsReaderPage } from './pages/ThreadsReaderPage';
import { ThreadsPage } from './pages/ThreadsPage';

test('the palette opens a pasted famulor-playground:// link and offers nothing for other text', async ({
  app,
}) => {
  const threads = new ThreadsPage(app.page);
  await threads.open();
  await threads.filterByCustomerPhone(SUPPORT_CASE_CUSTOMER);
  const [id] = await threads.rowIds();
  if (!id) throw new Error(`The seed has no thread for ${SUPPORT_CASE_CUSTOMER}`);
  await new ShellPage(app.page).open('playground');

  const palette = app.page.getByRole('combobox', { name: 'Command palette' });
  await app.page.keyboard.press('Control+k');
  await palette.fill(`famulor-playground://conversation/${id}/x`);
  await expect(app.page.getByRole('option', { name: /^Open thread/ })).toHaveCount(0);
  await palette.fill(`famulor-playground://conversation/${id.toUpperCase()}`);
  await expect(app.page.getByRole('option', { name: /^Open thread/ })).toHaveText(`Open thread “${id}”`);
  await palette.press('Enter');

  await expect(new ShellPage(app.page).view('threads')).toBeVisible();
  const reader = new ThreadsReaderPage(app.page);
  await reader.loaded();
  await expect(reader.threadId()).toHaveText(id);
  await expect(reader.detail('customer')).toContainText(SUPPORT_CASE_CUSTOMER);
});
