import { readFileSync } from 'node:fs';
import type { PlaygroundApi } from '../src/shared/ipc/contract';
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
  initial_message: string;
  variables: Record<string, string | number>;
  intents: { name: string; reply: { en: string }; function_calls?: FunctionCallTemplate[] }[];
}

const clara = (
  JSON.parse(readFileSync('resources/packs/clara.json', 'utf8')) as { assistants: [AssistantFile] }
).assistants[0];
const intent = (name: string) => {
  const found = clara.intents.find((item) => item.name === name);
  if (!found) throw new Error(`Clara has no intent ${name}`);
  return found;
};

/** What main has stored for broadcast, asked through the page's own window.api (no DOM types here). */
const storedBroadcast = async () => {
  const { api } = globalThis as unknown as { api: PlaygroundApi };
  const stored = await api['preferences:get']({});
  return stored.ok ? stored.data.broadcast : null;
};

const DATE = '2026-06-15';
const BOOKING = `I'd like to book a consultation on ${DATE}`;
const defaults = { ...clara.variables, assistant_name: clara.name, date: DATE, service: 'consultation' };

/** The simulator's template substitution for the placeholders these replies use. */
const render = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{\s*(\w+)\s*\}\}|\{(\w+)\}/g, (whole, double?: string, single?: string) => {
    const value = values[double ?? single ?? ''];
    return value === undefined ? whole : String(value);
  });

/** The same substitution inside a call's JSON: a value that is exactly one placeholder keeps its JSON type. */
const fill = (value: unknown): unknown => {
  if (typeof value === 'string') {
    const whole = /^\{\{(\w+)\}\}$/.exec(value);
    if (whole?.[1] && defaults[whole[1] as keyof typeof defaults] !== undefined) {
      return defaults[whole[1] as keyof typeof defaults];
    }
    return render(value, defaults);
  }
  if (Array.isArray(value)) return value.map(fill);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fill(item)]));
  }
  return value;
};

const calendarCall = intent('check_availability').function_calls?.[0];
if (calendarCall?.name !== 'check_calendar_availability') throw new Error('Clara’s availability call moved');
const expectedArguments = fill(calendarCall.arguments) as Record<string, unknown>;
const expectedResult = fill(calendarCall.result) as Record<string, unknown>;

/** How the JSON tree shows each field: `name:` followed by the JSON value (array items one per line). */
const fieldTexts = (value: Record<string, unknown>) =>
  Object.entries(value).flatMap(([key, item]) =>
    Array.isArray(item)
      ? [`${key}:`, ...item.map((entry) => JSON.stringify(entry))]
      : [`${key}:`, JSON.stringify(item)],
  );

const opening = render(clara.initial_message, defaults);
const slots = render(intent('check_availability').reply.en, defaults);

test('the playground journey: Clara in a test and a widget pane, broadcast, the exact call, a variable, reset, replay, diff, restart', async ({
  app,
}) => {
  // One long journey with two app starts: three times the usual time on a busy machine.
  test.slow();
  await new ShellPage(app.page).ready();
  const playground = new PlaygroundPage(app.page);
  const inspector = new InspectorPage(app.page);
  await playground.createSession();

  // The appointment assistant in one pane; the second pane takes its settings and becomes the billed widget.
  const testPane = await playground.addPane();
  await testPane.pickAssistant(clara.name);
  const widgetPane = await playground.addPane();
  await expect(widgetPane.root.getByRole('button', { name: /^Assistant / })).toContainText(clara.name);
  await widgetPane.setType('widget');
  await expect(widgetPane.cost()).toContainText('$0.00');

  // Ctrl+B broadcasts one message to both panes.
  await testPane.composer().click();
  await app.page.keyboard.press('Control+b');
  await expect(playground.broadcastToggle()).toBeChecked();
  await testPane.send(BOOKING);
  for (const pane of [testPane, widgetPane]) {
    await expect(pane.textOf(pane.messages('assistant').first())).toHaveText(opening);
    await expect(pane.lastAssistantText()).toHaveText(slots);
    await expect(pane.functionCallChips()).toHaveText(['ƒ check_calendar_availability']);
  }
  await expect(widgetPane.cost()).toContainText('$0.01');

  // The inspector shows the call with exactly the arguments and the result the simulator produced.
  expect(expectedArguments).toEqual({ date: DATE, service: 'consultation', timezone: 'Europe/Berlin' });
  await inspector.open();
  const call = inspector.callCard('check_calendar_availability');
  await expect(call.root).toHaveCount(1);
  for (const text of fieldTexts(expectedArguments)) await expect(call.arguments()).toContainText(text);
  for (const text of fieldTexts(expectedResult)) await expect(call.result()).toContainText(text);
  await inspector.scope('all');
  await expect(inspector.call('check_calendar_availability')).toHaveCount(2);
  await inspector.filter('book_appointment');
  await expect(inspector.calls()).toHaveCount(0);
  await inspector.filter('calendar');
  await expect(inspector.calls()).toHaveCount(2);

  await inspector.tab('http');
  await expect(inspector.exchanges().first()).toBeVisible();
  await inspector.root
    .getByRole('button', { name: /^(GET|POST|PUT|DELETE) \// })
    .last()
    .click();
  await expect(inspector.exchangeHeaders().last()).toContainText('Bearer [redacted]');

  await inspector.saveScript('Booking');

  // A changed variable restarts the test pane's conversation and shows in its next reply.
  await app.page.keyboard.press('Control+b');
  await expect(playground.broadcastToggle()).not.toBeChecked();
  await testPane.openVariables();
  const editor = playground.variableEditor();
  await editor.setValue('company_name', 'Berlin Smile Clinic');
  await editor.apply();
  await testPane.send('Hello');
  const changed = { ...defaults, company_name: 'Berlin Smile Clinic' };
  await expect(testPane.lastAssistantText()).toHaveText(render(intent('greeting').reply.en, changed));
  await expect(testPane.textOf(testPane.messages('assistant').first())).toHaveText(
    render(clara.initial_message, changed),
  );
  await expect(widgetPane.lastAssistantText()).toHaveText(slots);

  // Reset: a new conversation with the same settings.
  await widgetPane.reset();
  await expect(widgetPane.messages()).toHaveCount(0);
  await expect(widgetPane.cost()).toContainText('$0.00');
  await expect(widgetPane.root.getByRole('radio', { name: 'Widget', exact: true })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expect(widgetPane.root.getByRole('button', { name: /^Assistant / })).toContainText(clara.name);
  await widgetPane.composer().fill('A draft that must survive');

  // The script replays into a fresh test pane and a fresh widget pane; the diff lines their turns up.
  await inspector.replay('Booking', ['test', 'widget']);
  await expect(playground.panes()).toHaveCount(4);
  for (const index of [2, 3]) await expect(playground.pane(index).lastAssistantText()).toHaveText(slots);
  await expect(playground.pane(3).cost()).toContainText('$0.01');
  await expect(inspector.turns()).toHaveCount(1);
  const turn = inspector.turns().first();
  await expect(inspector.turnPart(turn, 'message')).toHaveText(BOOKING);
  await expect(inspector.turnPart(turn, 'reply')).toHaveCount(2);
  await expect(inspector.turnPart(turn, 'reply-diff')).toHaveText(slots);
  await expect(inspector.turnPart(turn, 'calls-same')).toContainText('check_calendar_availability');

  // The side-by-side call diff: the replayed panes agree; the test pane's turn 1 (now "Hello") made no call.
  await inspector.tab('compare');
  await inspector.compareCalls('left', 2);
  await inspector.compareCalls('right', 3);
  await expect(inspector.callPair()).toHaveAttribute('data-status', 'same');
  await inspector.compareCalls('left', 0);
  await expect(inspector.callPair()).toHaveAttribute('data-status', 'onlyRight');

  // Broadcast is a setting of the workspace: it is still on after the restart (once main has it; a restart in
  // the same millisecond as the key press is not what this checks).
  await app.page.keyboard.press('Control+b');
  await expect(playground.broadcastToggle()).toBeChecked();
  await expect.poll(() => app.page.evaluate(storedBroadcast)).toBe(true);

  // Restart the app: the session is back as it was.
  await playground.saved();
  const transcripts = await Promise.all(
    [0, 1, 2, 3].map((index) => playground.pane(index).messages().allTextContents()),
  );
  await app.restart();
  const restored = new PlaygroundPage(app.page);
  await expect(restored.sessionTitle()).toBeVisible();
  await expect(restored.panes()).toHaveCount(4);
  await expect(restored.broadcastToggle()).toBeChecked();
  for (const [index, texts] of transcripts.entries()) {
    await expect(restored.pane(index).messages()).toHaveText(texts);
  }
  await expect(restored.pane(0).lastAssistantText()).toHaveText(render(intent('greeting').reply.en, changed));
  await expect(restored.pane(1).composer()).toHaveValue('A draft that must survive');
  await expect(restored.pane(1).root.getByRole('radio', { name: 'Widget', exact: true })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expect(restored.pane(3).cost()).toContainText('$0.01');
  await restored.pane(0).openVariables();
  await expect(
    restored.variableEditor().root.getByRole('textbox', { name: 'Value of company_name', exact: true }),
  ).toHaveValue('Berlin Smile Clinic');
  await app.page.keyboard.press('Escape');
  const reopened = new InspectorPage(app.page);
  await reopened.open();
  await reopened.tab('replay');
  await expect(reopened.script('Booking')).toBeVisible();
  await expect(reopened.turns()).toHaveCount(1);
  await expect(reopened.turnPart(reopened.turns().first(), 'calls-same')).toContainText(
    'check_calendar_availability',
  );
});

test('the composer grows with its text, and the newest reply is in view, not below the fold', async ({
  app,
}) => {
  await new ShellPage(app.page).ready();
  const playground = new PlaygroundPage(app.page);
  await playground.createSession();
  await playground.addPane();
  const pane = playground.pane(0);
  await pane.pickAssistant('Clara');

  const composer = pane.composer();
  const oneLine = (await composer.boundingBox())?.height ?? 0;
  await composer.fill(['First line', 'second', 'third', 'fourth', 'fifth'].join('\n'));
  const fiveLines = (await composer.boundingBox())?.height ?? 0;
  expect(fiveLines).toBeGreaterThan(oneLine + 40);
  await composer.fill(Array.from({ length: 40 }, (_, n) => `line ${n}`).join('\n'));
  expect((await composer.boundingBox())?.height ?? 0).toBeLessThanOrEqual(201);

  const transcript = pane.root.getByRole('log');
  for (const text of [BOOKING, 'What do you need from me?', `Book 10:00 on ${DATE}`]) {
    await pane.send(text);
    await pane.idle();
    await expect
      .poll(() =>
        transcript.evaluate((element) => element.scrollHeight - element.scrollTop - element.clientHeight),
      )
      .toBeLessThan(2);
  }
});
