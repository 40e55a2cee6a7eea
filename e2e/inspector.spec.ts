import { expect, test } from './fixtures/app';
import { PlaygroundPage } from './pages/PlaygroundPage';
import { ShellPage } from './pages/ShellPage';

test('the command palette opens with Ctrl+K and toggles the inspector; ? lists the shortcuts', async ({
  app,
}) => {
  await new ShellPage(app.page).ready();
  const playground = new PlaygroundPage(app.page);
  await playground.createSession();
  await app.page.keyboard.press('Control+k');
  await expect(app.page.getByTestId('command-palette')).toBeVisible();
  await app.page.getByTestId('command-palette-input').fill('Toggle inspector');
  await app.page.keyboard.press('Enter');
  await expect(app.page.getByTestId('command-palette')).toBeHidden();
  await expect(app.page.getByTestId('inspector')).toBeVisible();
  await app.page.keyboard.press('Control+i');
  await expect(app.page.getByTestId('inspector')).toBeHidden();

  await app.page.locator('body').press('?');
  await expect(app.page.getByTestId('shortcut-help')).toContainText('Toggle broadcast');
  await app.page.keyboard.press('Escape');
  await expect(app.page.getByTestId('shortcut-help')).toBeHidden();
});

test('theme and language switch in Settings and survive a restart', async ({ app }) => {
  const shell = new ShellPage(app.page);
  await shell.ready();
  await shell.open('settings');
  await app.page.getByTestId('preferences-theme-dark').click();
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await app.page.getByTestId('preferences-language-de').click();
  await expect(app.page.getByTestId('nav-settings')).toContainText('Einstellungen');
  await expect(app.page.getByTestId('preferences-section')).toHaveAttribute('aria-busy', 'false');
  await app.restart();
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(app.page.getByTestId('nav-settings')).toContainText('Einstellungen');
});
