import { expect, test } from './fixtures/app';
import { DemoPacksPage } from './pages/DemoPacksPage';
import { PlaygroundPage } from './pages/PlaygroundPage';
import { SettingsPage } from './pages/SettingsPage';
import { ShellPage } from './pages/ShellPage';

// The fixture pack: Lena of a car dealership, two recorded conversations (src/main/testing/fixtures).
const PACK = 'src/main/testing/fixtures/demo-pack-autohaus.json';

test('a demo pack imported offline answers paraphrases with its recorded replies and calls, and marks the rest', async ({
  app,
}) => {
  const shell = new ShellPage(app.page);
  await shell.ready();
  const settings = new SettingsPage(app.page);
  await settings.open();
  const packs = new DemoPacksPage(app.page);
  await packs.expectListed('Clara — appointments');
  await packs.importPack(PACK);
  await expect(packs.importResult()).toHaveText('Imported “Autohaus Becker — service desk”.');
  await expect(packs.pack('Autohaus Becker — service desk')).toContainText(
    'Lena: 2 recorded conversations, 5 turns',
  );

  await shell.open('playground');
  const playground = new PlaygroundPage(app.page);
  await playground.createSession();
  const pane = await playground.addPane();
  await pane.pickAssistant('Lena');
  await pane.send('Ich hätte gern einen Inspektionstermin');
  await pane.idle();
  await expect(pane.messages('assistant').first()).toContainText(
    'Guten Tag, hier ist Lena vom Autohaus Becker. Wie kann ich helfen?',
  );
  await expect(pane.lastAssistantText()).toHaveText(
    'Gern! Für welches Fahrzeug, und welcher Tag passt Ihnen?',
  );
  await pane.send('Golf, nächsten Dienstag');
  await pane.idle();
  await expect(pane.lastAssistantText()).toHaveText(
    'Am Dienstag ist um 8:00 und um 13:30 Uhr etwas frei. Was ist Ihnen lieber?',
  );
  await expect(pane.functionCallChips()).toHaveCount(1);
  await expect(pane.functionCallChips().first()).toContainText('check_workshop_slots');

  await pane.send('Wie ist das Wetter in Paris?');
  await pane.idle();
  const fallback = pane.messages('assistant').last();
  await expect(fallback.getByText('No recorded answer', { exact: true })).toBeVisible();
  await expect(pane.lastAssistantText()).toHaveText(
    'No recorded answerDafür hat Lena noch keine aufgezeichnete Antwort.',
  );
  await expect(pane.functionCallChips()).toHaveCount(1);
});
