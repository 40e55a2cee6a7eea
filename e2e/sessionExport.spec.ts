import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures/app';
import { PlaygroundPage } from './pages/PlaygroundPage';
import { SessionsListPage } from './pages/PlaygroundSessionsPage';
import { SessionExportPage } from './pages/SessionExportPage';
import { SettingsPage } from './pages/SettingsPage';
import { ShellPage } from './pages/ShellPage';
import { openOffline } from './fixtures/offlineFile';

const clara = (
  JSON.parse(readFileSync('resources/packs/clara.json', 'utf8')) as { assistants: [{ name: string }] }
).assistants[0];
const BOOKING = "I'd like to book a consultation on 2026-06-15";
const CALL = 'check_calendar_availability';
// The simulator's key, and the words a leaked key would travel with.
const SECRET = /bearer|authorization|api[_-]?key|famulor-demo-key/i;

interface SessionFile {
  format: string;
  redacted: boolean;
  sessions: {
    id: string;
    name: string;
    panes: { transcript: { role: string; content: string; functionCalls: { name: string }[] }[] }[];
  }[];
}

test('exports a session as Markdown, JSON and HTML', async ({ app, browser }) => {
  await new ShellPage(app.page).ready();
  const playground = new PlaygroundPage(app.page);
  const exporter = new SessionExportPage(app.page);
  await playground.createSession();
  const name = (await playground.sessionTitle().textContent()) ?? '';
  const pane = await playground.addPane();
  await pane.pickAssistant(clara.name);
  await pane.send(BOOKING);
  await expect(pane.functionCallChips()).toHaveText([`ƒ ${CALL}`]);
  await pane.idle();
  const reply = (await pane.lastAssistantText().textContent()) ?? '';
  const messageCount = await pane.messages().count();
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

  const markdownDownload = await exporter.fromMenu('markdown');
  expect(markdownDownload.suggestedFilename()).toMatch(new RegExp(`^${slug}-\\d{4}-\\d{2}-\\d{2}\\.md$`));
  const markdown = await readFile(await markdownDownload.path(), 'utf8');
  expect(markdown).toMatch(new RegExp(`^# ${name}\\n`));
  expect(markdown).toContain(BOOKING);
  expect(markdown).toContain(reply);
  expect(markdown).toContain(`<summary>Function call <code>${CALL}</code></summary>`);

  // JSON through the palette: the same file as from the menu.
  const jsonDownload = await exporter.fromPalette('json');
  const jsonPath = test.info().outputPath(jsonDownload.suggestedFilename());
  await jsonDownload.saveAs(jsonPath);
  const jsonText = await readFile(jsonPath, 'utf8');
  const json = JSON.parse(jsonText) as SessionFile;
  expect(json).toMatchObject({ format: 'famulor-playground-sessions', redacted: false });
  expect(json.sessions).toHaveLength(1);
  const transcript = json.sessions[0]?.panes[0]?.transcript ?? [];
  expect(json.sessions[0]?.name).toBe(name);
  expect(transcript).toHaveLength(messageCount);
  expect(transcript.map((entry) => entry.content)).toEqual(expect.arrayContaining([BOOKING, reply]));
  expect(transcript.flatMap((entry) => entry.functionCalls.map((call) => call.name))).toEqual([CALL]);

  const htmlDownload = await exporter.fromMenu('html');
  // Saved under its own name: Chromium picks how to show a file:// page by its extension.
  const htmlPath = test.info().outputPath(htmlDownload.suggestedFilename());
  await htmlDownload.saveAs(htmlPath);
  for (const text of [markdown, jsonText, await readFile(htmlPath, 'utf8')]) expect(text).not.toMatch(SECRET);

  const { page: report, requestsLeavingTheFile, close } = await openOffline(browser, htmlPath);
  await expect(report.locator('h1')).toHaveText(name);
  await expect(report.locator('li.message')).toHaveCount(messageCount);
  await expect(report.locator('li.message').filter({ hasText: BOOKING })).toHaveCount(1);
  const call = report.locator('details.function-call');
  await expect(call).toHaveCount(1);
  await call.locator('summary').click();
  await expect(call.locator('pre').first()).toBeVisible();
  expect(requestsLeavingTheFile()).toEqual([]);
  await close();

  // The JSON file brings the session back after it was deleted, through Settings' import.
  const sessions = new SessionsListPage(app.page);
  await sessions
    .item(name)
    .getByRole('button', { name: /^Delete “/ })
    .click();
  await expect(sessions.items()).toHaveCount(0);
  const settings = new SettingsPage(app.page);
  await settings.open();
  await settings.importSessions(jsonPath);
  await expect(settings.importResult()).toContainText('Imported 1 session');
  await sessions.open(name);
  await expect(playground.sessionTitle()).toHaveText(name);
  const restored = playground.pane(0);
  await expect(restored.messages()).toHaveCount(messageCount);
  await expect(restored.messages('user').first()).toContainText(BOOKING);
  await expect(restored.functionCallChips()).toHaveText([`ƒ ${CALL}`]);
});
