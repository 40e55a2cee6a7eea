import { expect, test } from './fixtures/app';
import { DemoPacksPage } from './pages/DemoPacksPage';
import { InspectorPage } from './pages/InspectorPage';
import { PresentationPage } from './pages/PresentationPage';
import { PlaygroundPage } from './pages/PlaygroundPage';
import { SettingsPage } from './pages/SettingsPage';
import { ShellPage } from './pages/ShellPage';

// The fixture pack: Lena of a car dealership, two recorded conversations (src/main/testing/fixtures).
const PACK = 'src/main/testing/fixtures/demo-pack-autohaus.json';
// Max recorded from the simulator as the "real" account (recordedFixture.test.ts keeps it what the recorder makes).
const RECORDED = 'e2e/fixtures/max-recorded.demo-pack.json';

test('a demo pack imported offline answers paraphrases with its recorded replies and calls, marks the rest, and is presented by stepping a script', async ({
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

  // Presenting: the script of this conversation stepped by key into a fresh one, the noise gone.
  const inspector = new InspectorPage(app.page);
  await inspector.open();
  await inspector.saveScript('Lena demo');
  await pane.reset();
  const presentation = new PresentationPage(app.page);
  await presentation.toggleByKey();
  await presentation.expectPresenting(true);
  await expect(presentation.bar).toBeVisible();
  await expect(app.page.getByRole('navigation', { name: 'Famulor Playground' })).toBeHidden();
  await expect(inspector.root.getByRole('tab')).toHaveText(['Function calls']);
  await presentation.chooseScript('Lena demo');
  await expect(presentation.upNext()).toHaveText('Next: “Ich hätte gern einen Inspektionstermin”');
  await presentation.step('ArrowRight');
  await pane.idle();
  await expect(pane.lastAssistantText()).toHaveText(
    'Gern! Für welches Fahrzeug, und welcher Tag passt Ihnen?',
  );
  await presentation.step('PageDown');
  await pane.idle();
  await expect(pane.functionCallChips()).toHaveCount(1);
  await expect(inspector.call('check_workshop_slots')).toBeVisible();
  await expect(presentation.bar).toContainText('2 of 3 sent');
  await presentation.toggleByKey();
  await presentation.expectPresenting(false);
});

test('a pack recorded from the simulator replaces the shipped Max: a paraphrase gets his recorded reply and call', async ({
  app,
}) => {
  const shell = new ShellPage(app.page);
  await shell.ready();
  await new SettingsPage(app.page).open();
  const packs = new DemoPacksPage(app.page);
  // The recording has the shipped Max's uuid, so his shipped pack steps aside first.
  await packs.setServed('Max — shop support', false);
  await packs.importPack(RECORDED);
  await expect(packs.importResult()).toHaveText('Imported “Nordwind Outdoor — recorded support”.');

  await shell.open('playground');
  const playground = new PlaygroundPage(app.page);
  await playground.createSession();
  const pane = await playground.addPane();
  await pane.pickAssistant('Max');
  await pane.send('Has my order NW-52210 shipped yet?');
  await pane.idle();
  await expect(pane.lastAssistantText()).toContainText('Order NW-52210 has shipped with DHL');
  await expect(pane.functionCallChips()).toHaveCount(1);
  await expect(pane.functionCallChips().first()).toContainText('lookup_order');
  await pane.send('Do you sell bicycles?');
  await pane.idle();
  await expect(
    pane.messages('assistant').last().getByText('No recorded answer', { exact: true }),
  ).toBeVisible();
});
