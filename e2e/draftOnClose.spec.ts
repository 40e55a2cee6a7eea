import { expect, test } from './fixtures/app';
import { PlaygroundPage } from './pages/PlaygroundPage';
import { ShellPage } from './pages/ShellPage';

test('a draft typed just before the window closes is there after a restart', async ({ app }) => {
  await new ShellPage(app.page).ready();
  const playground = new PlaygroundPage(app.page);
  await playground.createSession();
  const pane = await playground.addPane();
  await playground.saved();

  // Typed key by key, as a person would, and the window closed at once: no waiting for "saved".
  const draft = 'Can I move my appointment to Friday at 10?';
  await pane.composer().pressSequentially(draft);
  await app.closeAndRestart();

  const restored = new PlaygroundPage(app.page);
  await expect(restored.sessionTitle()).toBeVisible();
  await expect(restored.pane(0).composer()).toHaveValue(draft);
});
