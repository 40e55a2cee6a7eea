import { expect, test } from './fixtures/app';
import { ShellPage } from './pages/ShellPage';
import { ThreadsReaderPage } from './pages/ThreadsReaderPage';
import { ThreadsPage } from './pages/ThreadsPage';

// Charlotte Davies' only thread in the simulator's seed: short, so it opens at once.
const CUSTOMER = '+447700900456';

test('the palette opens a pasted famulor-playground:// link and offers nothing for other text', async ({
  app,
}) => {
  const threads = new ThreadsPage(app.page);
  await threads.open();
  await threads.filterByCustomerPhone(CUSTOMER);
  const [id] = await threads.rowIds();
  if (!id) throw new Error(`The seed has no thread for ${CUSTOMER}`);
  await new ShellPage(app.page).open('playground');

  const palette = app.page.getByTestId('command-palette-input');
  await app.page.keyboard.press('Control+k');
  await palette.fill(`famulor-playground://conversation/${id}/x`);
  await expect(app.page.getByTestId('command-thread.open')).toHaveCount(0);
  await palette.fill(`famulor-playground://conversation/${id.toUpperCase()}`);
  await expect(app.page.getByTestId('command-thread.open')).toHaveText(`Open thread “${id}”`);
  await palette.press('Enter');

  await expect(app.page.getByTestId('view-threads')).toBeVisible();
  await new ThreadsReaderPage(app.page).loaded();
  await expect(app.page.getByTestId('thread-id')).toHaveText(id);
  await expect(app.page.getByTestId('detail-customer')).toContainText(CUSTOMER);
});
