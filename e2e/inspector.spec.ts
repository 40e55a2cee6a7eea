import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures/app';
import { InspectorPage } from './pages/InspectorPage';
import { PlaygroundPage } from './pages/PlaygroundPage';
import { ShellPage } from './pages/ShellPage';

interface FunctionCallTemplate {
  name: string;
  arguments: Record<string, unknown>;
  result: Record<string, unknown>;
}
interface AssistantFile {
  name: string;
  variables: Record<string, string | number>;
  intents: { name: string; function_calls?: FunctionCallTemplate[] }[];
}

const clara = JSON.parse(
  readFileSync('resources/assistants/clara-appointments.json', 'utf8'),
) as AssistantFile;
const DATE = '2026-06-15';
const slots: Record<string, string | number> = { ...clara.variables, date: DATE, service: 'consultation' };

/** The simulator's substitution: a value that is exactly one placeholder keeps the variable's own JSON type. */
const fill = (value: unknown): unknown => {
  if (typeof value === 'string') {
    const whole = /^\{\{(\w+)\}\}$/.exec(value);
    if (whole?.[1] && slots[whole[1]] !== undefined) return slots[whole[1]];
    return value.replace(/\{\{(\w+)\}\}/g, (match, name: string) => String(slots[name] ?? match));
  }
  if (Array.isArray(value)) return value.map(fill);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fill(item)]));
  }
  return value;
};

const template = clara.intents
  .flatMap((intent) => intent.function_calls ?? [])
  .find((call) => call.name === 'check_calendar_availability');
if (!template) throw new Error('Clara has no check_calendar_availability call');
const expectedArguments = fill(template.arguments) as Record<string, unknown>;
const expectedResult = fill(template.result) as Record<string, unknown>;

/** How the JSON tree shows one field: `name:` followed by the JSON value. */
const fieldTexts = (value: Record<string, unknown>) =>
  Object.entries(value).flatMap(([key, item]) =>
    Array.isArray(item)
      ? [`${key}:`, ...item.map((entry) => JSON.stringify(entry))]
      : [`${key}:`, JSON.stringify(item)],
  );

test('the inspector shows the exact function call, and a saved script replays into test and widget panes', async ({
  app,
}) => {
  await new ShellPage(app.page).ready();
  const playground = new PlaygroundPage(app.page);
  await playground.createSession();
  const pane = await playground.addPane();
  await pane.pickAssistant(clara.name);
  await pane.send(`I'd like to book a consultation on ${DATE}`);
  await expect(pane.functionCallChips()).toHaveText(['ƒ check_calendar_availability']);

  const inspector = new InspectorPage(app.page);
  await inspector.open();
  const call = inspector.call('check_calendar_availability');
  await expect(call).toHaveCount(1);
  const argumentsTree = call.getByTestId('call-arguments');
  const resultTree = call.getByTestId('call-result');
  for (const text of fieldTexts(expectedArguments)) await expect(argumentsTree).toContainText(text);
  for (const text of fieldTexts(expectedResult)) await expect(resultTree).toContainText(text);
  expect(expectedArguments).toEqual({ date: DATE, service: 'consultation', timezone: 'Europe/Berlin' });

  await inspector.filter('book_appointment');
  await expect(inspector.calls()).toHaveCount(0);
  await inspector.filter('calendar');
  await expect(inspector.calls()).toHaveCount(1);

  await inspector.tab('http');
  await expect(inspector.root.getByTestId('exchange').first()).toBeVisible();
  await inspector.root.getByTestId('exchange-toggle').last().click();
  await expect(inspector.root.getByTestId('exchange-headers').last()).toContainText('Bearer [redacted]');

  await inspector.saveScript('Booking');
  await inspector.replay('Booking', ['test', 'widget']);
  await expect(playground.panes()).toHaveCount(3);
  await expect(inspector.turns()).toHaveCount(1);
  const turn = inspector.turns().first();
  await expect(turn.getByTestId('replay-turn-message')).toHaveText(
    `I'd like to book a consultation on ${DATE}`,
  );
  await expect(turn.getByTestId('replay-reply')).toHaveCount(2);
  await expect(turn.getByTestId('replay-calls-same')).toContainText('check_calendar_availability');

  await inspector.tab('compare');
  await inspector.root.getByTestId('call-diff-left').selectOption({ index: 1 });
  await inspector.root.getByTestId('call-diff-right').selectOption({ index: 2 });
  await expect(inspector.root.getByTestId('call-diff-pair')).toHaveAttribute('data-status', 'same');
});

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
  await app.restart();
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(app.page.getByTestId('nav-settings')).toContainText('Einstellungen');
});
