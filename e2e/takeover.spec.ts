import { expect, test } from './fixtures/app';
import { keepKeysForTheRunOnly } from './fixtures/noSessionBus';
import { startSimulator, type Simulator } from './fixtures/standaloneSimulator';
import { SettingsPage } from './pages/SettingsPage';
import { ShellPage } from './pages/ShellPage';
import { ThreadsPage } from './pages/ThreadsPage';
import { ThreadsReaderPage } from './pages/ThreadsReaderPage';

// The standalone simulator's account: an API key and, of its own kind, an Automate key for takeover.
const API_KEY = 'famulor-demo-key';
const AUTOMATE_KEY = 'famulor-demo-automate-key';

let staging: Simulator;
keepKeysForTheRunOnly();
test.beforeEach(async () => {
  // Famulor's documented behaviour: takeover takes the Automate key only.
  staging = await startSimulator(['--key', API_KEY, '--automate-key', AUTOMATE_KEY]);
});
test.afterEach(async () => {
  await staging.stop();
});

/** What Famulor (the simulator) now says about a conversation's AI, read with the API key. */
const aiEnabledOnServer = async (id: string): Promise<boolean | undefined> => {
  const answer = await fetch(`${staging.baseUrl}/user/conversations?per_page=100`, {
    headers: { Authorization: `Bearer ${API_KEY}`, Accept: 'application/json' },
  });
  const page = (await answer.json()) as { data: { id: string; ai_enabled: boolean }[] };
  return page.data.find((item) => item.id === id)?.ai_enabled;
};

test('a support agent takes over a thread with the Automate key set', async ({ app }) => {
  await new ShellPage(app.page).ready();
  const settings = new SettingsPage(app.page);
  await settings.open();
  await settings.startNewProfile();
  await settings.fillProfile({ name: 'Staging', baseUrl: staging.baseUrl });
  await settings.submitProfile();
  await expect(settings.row('Staging')).toBeVisible();
  await settings.select('Staging');
  await settings.saveKey(API_KEY);
  await expect(settings.automateKeyStatus()).toHaveText('No Automate key stored: takeover uses the API key.');
  await settings.activate();

  // With the API key alone, the 401 says which key was tried and where to add the other.
  const threads = new ThreadsPage(app.page);
  await threads.open();
  const id =
    (await threads.rowsWithAiOn().first().getAttribute('data-testid'))?.replace('thread-row-', '') ?? '';
  await threads.openRow(threads.row(id));
  const reader = new ThreadsReaderPage(app.page);
  await app.page.getByRole('button', { name: 'Take over', exact: true }).click();
  await app.page
    .getByRole('dialog', { name: 'Take over this conversation?' })
    .getByRole('button', { name: 'Take over', exact: true })
    .click();
  const refused = reader.aiError();
  await expect(refused).toHaveAttribute('data-key-kind', 'api');
  await expect(refused).toContainText('refused the takeover with this profile’s API key');
  await expect(reader.aiState()).toHaveAttribute('data-state', 'on');
  expect(await aiEnabledOnServer(id)).toBe(true);

  await app.page.getByRole('button', { name: 'Open Settings' }).click();
  await settings.select('Staging');
  await settings.saveKey(AUTOMATE_KEY, 'automate');
  await expect(settings.automateKeyStatus()).toHaveText('Key •••• -key, kept for this run only.');
  await expect(settings.keyStatus()).toHaveText('Key •••• -key, kept for this run only.');

  await new ShellPage(app.page).open('threads');
  await expect(reader.root()).toBeVisible();
  await reader.takeOver();
  await expect(reader.aiError()).toHaveCount(0);
  expect(await aiEnabledOnServer(id)).toBe(false);
  await reader.handBack();
  expect(await aiEnabledOnServer(id)).toBe(true);
});
