import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures/app';
import { PlaygroundPage } from './pages/PlaygroundPage';
import { SessionsListPage } from './pages/PlaygroundSessionsPage';
import { ShellPage } from './pages/ShellPage';

interface AssistantFile {
  name: string;
  initial_message: string;
  variables: Record<string, string | number>;
  intents: { name: string; reply: { en: string } }[];
}

const clara = JSON.parse(
  readFileSync('resources/assistants/clara-appointments.json', 'utf8'),
) as AssistantFile;
const intentReply = (name: string) => clara.intents.find((intent) => intent.name === name)?.reply.en ?? '';

/** The simulator's template substitution for the few placeholders these replies use. */
const render = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{\s*(\w+)\s*\}\}|\{(\w+)\}/g, (whole, double?: string, single?: string) => {
    const value = values[double ?? single ?? ''];
    return value === undefined ? whole : String(value);
  });

const DATE = '2026-06-15';
const defaults = { ...clara.variables, assistant_name: clara.name, date: DATE, service: 'consultation' };
const opening = render(clara.initial_message, defaults);
const slots = render(intentReply('check_availability'), defaults);

test('two panes, broadcast, a variable change, reset and a restart that brings the session back', async ({
  app,
}) => {
  await new ShellPage(app.page).ready();
  const playground = new PlaygroundPage(app.page);
  await playground.createSession();

  const testPane = await playground.addPane();
  await testPane.pickAssistant(clara.name);
  const widgetPane = await playground.addPane();
  await expect(widgetPane.root.getByTestId('assistant-picker')).toContainText(clara.name);
  await widgetPane.setType('widget');
  await expect(widgetPane.cost()).toContainText('$0.00');

  await testPane.composer().click();
  await app.page.keyboard.press('Control+b');
  await expect(playground.broadcastToggle()).toBeChecked();
  await testPane.send(`Do you have a free slot on ${DATE}?`);

  for (const pane of [testPane, widgetPane]) {
    await expect(pane.messages('assistant').first().getByTestId('message-text')).toHaveText(opening);
    await expect(pane.lastAssistantText()).toHaveText(slots);
    await expect(pane.functionCallChips()).toHaveText(['ƒ check_calendar_availability']);
  }
  await expect(widgetPane.cost()).toContainText('$0.01');

  await app.page.keyboard.press('Control+b');
  await expect(playground.broadcastToggle()).not.toBeChecked();
  await testPane.openVariables();
  const editor = playground.variableEditor();
  await editor.setValue('company_name', 'Berlin Smile Clinic');
  await editor.apply();
  await testPane.send('Hello');
  const changed = { ...defaults, company_name: 'Berlin Smile Clinic' };
  await expect(testPane.lastAssistantText()).toHaveText(render(intentReply('greeting'), changed));
  await expect(testPane.messages('assistant').first().getByTestId('message-text')).toHaveText(
    render(clara.initial_message, changed),
  );
  await expect(widgetPane.lastAssistantText()).toHaveText(slots);

  await widgetPane.reset();
  await expect(widgetPane.messages()).toHaveCount(0);
  await expect(widgetPane.cost()).toContainText('$0.00');
  await widgetPane.composer().fill('A draft that must survive');
  await playground.saved();

  const transcriptBefore = await testPane.messages().allTextContents();
  await app.restart();
  const restored = new PlaygroundPage(app.page);
  await expect(restored.sessionTitle()).toBeVisible();
  await expect(restored.panes()).toHaveCount(2);
  await expect(restored.pane(0).lastAssistantText()).toHaveText(render(intentReply('greeting'), changed));
  await expect(restored.pane(0).messages()).toHaveCount(transcriptBefore.length);
  await expect(restored.pane(1).composer()).toHaveValue('A draft that must survive');
  await expect(restored.pane(1).root.getByTestId('pane-type-widget')).toHaveAttribute('aria-checked', 'true');
  await expect(restored.pane(0).root.getByTestId('assistant-picker')).toContainText(clara.name);
});

test('sessions: create, search, rename, duplicate, delete with undo', async ({ app }) => {
  await new ShellPage(app.page).ready();
  const playground = new PlaygroundPage(app.page);
  const sessions = new SessionsListPage(app.page);
  await playground.createSession();
  await playground.createSession();
  await expect(sessions.items()).toHaveCount(2);

  await sessions.rename('Session 2', 'Refund flow');
  await expect(playground.sessionTitle()).toHaveText('Refund flow');
  await sessions.search('refund');
  await expect(sessions.items()).toHaveCount(1);
  await sessions.search('');

  await sessions.item('Refund flow').getByTestId('session-duplicate').click();
  await expect(sessions.items()).toHaveCount(3);

  await sessions.item('Session 1').getByTestId('session-delete').click();
  await expect(sessions.items()).toHaveCount(2);
  await app.page.getByTestId('undo-delete').click();
  await expect(sessions.items()).toHaveCount(3);
  await expect(playground.sessionTitle()).toHaveText('Session 1');
});
