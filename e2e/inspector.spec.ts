import { expect, test } from './fixtures/app';
import { wordsFor } from './fixtures/words';
import { PlaygroundPage } from './pages/PlaygroundPage';
import { ShellPage } from './pages/ShellPage';

test('the command palette opens with Ctrl+K and toggles the inspector; ? lists the shortcuts', async ({
  app,
}) => {
  await new ShellPage(app.page).ready();
  const playground = new PlaygroundPage(app.page);
  await playground.createSession();
  await app.page.keyboard.press('Control+k');
  await expect(app.page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
  await app.page.getByRole('combobox', { name: 'Command palette' }).fill('Toggle inspector');
  await app.page.keyboard.press('Enter');
  await expect(app.page.getByRole('dialog', { name: 'Command palette' })).toBeHidden();
  await expect(app.page.getByRole('complementary', { name: 'Inspector' })).toBeVisible();
  await app.page.keyboard.press('Control+i');
  await expect(app.page.getByRole('complementary', { name: 'Inspector' })).toBeHidden();

  await app.page.locator('body').press('?');
  await expect(app.page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText(
    'Toggle broadcast',
  );
  await app.page.keyboard.press('Escape');
  await expect(app.page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
});

test('theme and language switch in Settings and survive a restart', async ({ app }) => {
  const english = new ShellPage(app.page);
  const german = new ShellPage(app.page, wordsFor('de-DE'));
  await english.ready();
  await english.open('settings');
  await app.page.getByRole('radio', { name: 'Dark', exact: true }).click();
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await app.page.getByRole('radio', { name: 'Deutsch', exact: true }).click();
  await expect(german.sidebar().getByRole('button', { name: 'Einstellungen', exact: true })).toBeVisible();
  await expect(app.page.getByRole('region', { name: 'Darstellung' })).toHaveAttribute('aria-busy', 'false');
  await app.restart();
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await german.ready();
  await expect(german.sidebar().getByRole('button', { name: 'Einstellungen', exact: true })).toBeVisible();
});
