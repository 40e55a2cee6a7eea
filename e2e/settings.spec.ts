import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures/app';
import { keepKeysForTheRunOnly } from './fixtures/noSessionBus';
import { startSimulator, type Simulator } from './fixtures/standaloneSimulator';
import { PlaygroundPage } from './pages/PlaygroundPage';
import { SessionsListPage } from './pages/PlaygroundSessionsPage';
import { SettingsPage } from './pages/SettingsPage';
import { ShellPage } from './pages/ShellPage';

const DEMO_KEY = 'famulor-demo-key';
const STAGING_ASSISTANT = 'Staging Concierge';

/** Renames the staging simulator's first assistant, so that a list that came from it can be told apart. */
const renameFirstAssistant = async (baseUrl: string, name: string) => {
  const headers = {
    Authorization: `Bearer ${DEMO_KEY}`,
    'Content-Type': 'application/json',
    Accept: 'application/json',
  };
  const list = (await (await fetch(`${baseUrl}/user/assistants/get?per_page=1`, { headers })).json()) as {
    data: { id: number }[];
  };
  const id = list.data[0]?.id;
  const renamed = await fetch(`${baseUrl}/user/assistant/${id}`, {
    method: 'PUT',
    headers,
    body: JSON.stringify({ name }),
  });
  expect(renamed.status).toBe(200);
};

let staging: Simulator;
keepKeysForTheRunOnly();

test.beforeEach(async () => {
  staging = await startSimulator(['--balance', '42.5']);
  await renameFirstAssistant(staging.baseUrl, STAGING_ASSISTANT);
});

test.afterEach(async () => {
  await staging.stop();
});

test('a staging profile: create, key, test, use, wrong key, remove key, delete', async ({ app }) => {
  await new ShellPage(app.page).ready();
  const settings = new SettingsPage(app.page);
  await expect(settings.statusProfile()).toHaveText('Offline demo · simulator');

  await settings.statusProfile().click();
  await expect(app.page.getByRole('region', { name: 'Connection profiles' })).toBeVisible();
  await expect(settings.badge('Offline demo', 'builtin')).toBeVisible();
  await expect(settings.badge('Offline demo', 'active')).toBeVisible();
  await settings.select('Offline demo');
  await expect(settings.detail().getByRole('button', { name: 'Delete…' })).toHaveCount(0);

  await settings.startNewProfile();
  await settings.fillProfile({ name: 'Staging', baseUrl: 'http://staging.example.com/api' });
  await settings.submitProfile();
  await expect(settings.baseUrlError()).toHaveText(
    'The base URL must use https (plain http only for 127.0.0.1 or localhost).',
  );
  await expect(settings.form().getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Staging');
  await settings.fillProfile({ baseUrl: staging.baseUrl });
  await settings.submitProfile();
  await expect(settings.row('Staging')).toContainText(staging.baseUrl);
  await expect(settings.keyStatus()).toHaveText('No key stored for this profile.');

  await expect(settings.keychainUnavailable()).toContainText('The system keychain cannot be used');
  await settings.saveKey(DEMO_KEY);
  await expect(settings.keyStatus()).toHaveText('Key •••• -key, kept for this run only.');
  await expect(settings.row('Staging')).toContainText('Key •••• -key');
  const tested = await settings.testConnection();
  await expect(tested).toContainText('Connected as Demo Account (demo@example.com)');
  await expect(tested).toContainText('Balance: $42.50');

  await settings.activate();
  await expect(settings.badge('Staging', 'active')).toBeVisible();
  await expect(settings.statusProfile()).toHaveText('Staging · connected as Demo Account');

  await new ShellPage(app.page).open('playground');
  const playground = new PlaygroundPage(app.page);
  await playground.createSession();
  const pane = await playground.addPane();
  await pane.pickAssistant(STAGING_ASSISTANT);

  await settings.open();
  await settings.select('Staging');
  await settings.saveKey('wrong-key-0000');
  await expect(settings.keyStatus()).toContainText('Key •••• 0000');
  const refused = await settings.testConnection();
  await expect(settings.connectionError(refused)).toContainText('Error (Not authorized, HTTP 401)');
  await expect(settings.statusProfile()).toHaveText('Staging · error (Not authorized)');

  await settings.removeKey();
  await expect(settings.statusProfile()).toHaveText('Staging · no key');

  await settings.delete();
  await expect(settings.row('Staging')).toHaveCount(0);
  await expect(settings.statusProfile()).toHaveText('Offline demo · simulator');
  await expect(settings.badge('Offline demo', 'active')).toBeVisible();
});

test('sessions backup: export all sessions and import the file back, asked what to do with duplicates', async ({
  app,
}, testInfo) => {
  await new ShellPage(app.page).ready();
  const playground = new PlaygroundPage(app.page);
  await playground.createSession();
  await playground.saved();
  const sessions = new SessionsListPage(app.page);
  await expect(sessions.items()).toHaveCount(1);

  const settings = new SettingsPage(app.page);
  await settings.open();
  await expect(app.page.getByRole('checkbox', { name: /^Redact secret-looking/ })).toBeChecked();
  const exported = await settings.exportSessions(testInfo.outputPath());
  const file = JSON.parse(readFileSync(exported, 'utf8')) as { redacted: boolean; sessions: unknown[] };
  expect(file.redacted).toBe(true);
  expect(file.sessions).toHaveLength(1);

  await settings.importSessions(exported);
  const question = settings.importQuestion();
  await expect(question).toContainText('1 session in');
  await expect(settings.importConflicts()).toHaveCount(1);
  await expect(sessions.items()).toHaveCount(1);
  await question.getByRole('button', { name: 'Keep both' }).click();
  await expect(settings.importResult()).toContainText('Imported 1 session from');
  await expect(sessions.items()).toHaveCount(2);
  await expect(sessions.items().filter({ hasText: '(imported)' })).toHaveCount(1);
});
