// The sessions list: create, search (names and every message), rename, duplicate, delete with undo.
import { expect, test } from './fixtures/app';
import { PlaygroundPage } from './pages/PlaygroundPage';
import { SessionsListPage } from './pages/PlaygroundSessionsPage';
import { ShellPage } from './pages/ShellPage';

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

  await sessions
    .item('Refund flow')
    .getByRole('button', { name: /^Duplicate “/ })
    .click();
  await expect(sessions.items()).toHaveCount(3);

  await sessions
    .item('Session 1')
    .getByRole('button', { name: /^Delete “/ })
    .click();
  await expect(sessions.items()).toHaveCount(2);
  await app.page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(sessions.items()).toHaveCount(3);
  await expect(playground.sessionTitle()).toHaveText('Session 1');
});

test('sessions search every message: the user’s own words, in another session, open scrolled to them', async ({
  app,
}) => {
  await new ShellPage(app.page).ready();
  const playground = new PlaygroundPage(app.page);
  const sessions = new SessionsListPage(app.page);
  await playground.createSession();
  await playground.addPane();
  const pane = playground.pane(0);
  await pane.pickAssistant('Clara');
  await pane.send('I would like an appointment on Tuesday morning');
  await pane.idle();
  await pane.send('And what does it cost?');
  await pane.idle();
  await playground.createSession();
  await expect(sessions.items()).toHaveCount(2);

  // Neither the name, the assistant nor the latest message says "Tuesday": only the first message does.
  await sessions.search('TUESDAY');
  await expect(sessions.items()).toHaveCount(1);
  const hit = sessions.hitOf(sessions.items().first());
  await expect(hit).toHaveText('I would like an appointment on Tuesday morning');
  await expect(hit.locator('mark')).toHaveText('Tuesday');

  await sessions.open('Session 1');
  await expect(playground.sessionTitle()).toHaveText('Session 1');
  await expect(app.page.locator('.message--highlighted')).toContainText('appointment on Tuesday morning');

  await sessions.search('Dienstag');
  await expect(sessions.items()).toHaveCount(0);
  await expect(sessions.empty()).toHaveText('No session matches “Dienstag”.');
});
