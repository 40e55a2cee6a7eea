import { expect, test } from './fixtures/app';
import { ShellPage } from './pages/ShellPage';
import type { PlaygroundApi } from '../src/shared/ipc/contract';

test('the shell renders and app:info round-trips', async ({ app }, testInfo) => {
  const shell = new ShellPage(app.page);
  await shell.ready();
  const expected = testInfo.project.name === 'electron' ? 'Desktop' : 'Browser mode';
  await expect(shell.mode()).toHaveText(expected);
  await expect(shell.version()).toHaveText(/^v\d+\.\d+\.\d+/);
  await expect(app.page.getByRole('navigation', { name: 'Famulor Playground' })).toBeVisible();
});

test('the sidebar switches between the main views', async ({ app }) => {
  const shell = new ShellPage(app.page);
  await shell.ready();
  await shell.open('threads');
  await shell.open('settings');
  await shell.open('playground');
});

test('the page runs under the strict content security policy', async ({ app }) => {
  const shell = new ShellPage(app.page);
  await shell.ready();
  const blocked = await app.page.evaluate(async () => {
    try {
      await globalThis.fetch('https://app.famulor.de/api/user/me');
      return false;
    } catch {
      return true;
    }
  });
  expect(blocked).toBe(true);
});

test('a page load logs no error: no missing resource, no ignored policy directive', async ({ app }) => {
  const errors: string[] = [];
  app.page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await app.page.reload();
  await new ShellPage(app.page).ready();
  // The favicon is asked for after the page has loaded.
  await app.page.waitForTimeout(1000);
  expect(errors).toEqual([]);
});

test('browser mode: the page calls main over one socket, not one request per call', async ({
  app,
}, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'the desktop app calls main over IPC');
  const posts: string[] = [];
  const sockets: string[] = [];
  let framesSent = 0;
  app.page.on('request', (request) => {
    if (request.method() === 'POST') posts.push(new URL(request.url()).pathname);
  });
  app.page.on('websocket', (socket) => {
    sockets.push(new URL(socket.url()).pathname);
    socket.on('framesent', () => (framesSent += 1));
  });
  await app.page.reload();
  const shell = new ShellPage(app.page);
  await shell.ready();
  await shell.open('settings');
  await shell.open('threads');
  await shell.open('playground');
  expect(sockets).toEqual(['/api/socket']);
  expect(framesSent).toBeGreaterThan(3);
  expect(posts).toEqual([]);
});

test('browser mode drops its token from the address and still works after a reload', async ({
  app,
}, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'the desktop app has no address or token');
  const shell = new ShellPage(app.page);
  await shell.ready();
  expect(app.page.url()).not.toContain('token=');
  await app.page.reload();
  await shell.ready();
  expect(app.page.url()).not.toContain('token=');
  await shell.open('settings');
  await expect(shell.version()).toHaveText(/^v\d+\.\d+\.\d+/);
});

test('calls beyond the account-wide limit queue in the status bar instead of failing', async ({ app }) => {
  const shell = new ShellPage(app.page);
  await shell.ready();
  const queue = shell.accountQueue();
  // 25 account reads at once: Famulor (and the simulator) allow 20 per 10 s, the app paces the other five.
  const answers = app.page.evaluate(async () => {
    const { api } = globalThis as unknown as { api: PlaygroundApi };
    const results = await Promise.all(Array.from({ length: 25 }, () => api['account:get']({})));
    return results.filter((result) => result.ok).length;
  });
  await expect(queue).toHaveText(/^\d+ calls? queued · next in \d+ s$/, { timeout: 10_000 });
  expect(await answers).toBe(25);
  await expect(queue).toBeHidden();
});

test('the status bar says within seconds that the host stopped, with a way to reload', async ({ app }) => {
  test.skip(app.stopHost === null, 'the desktop app has no host process of its own');
  const shell = new ShellPage(app.page);
  await shell.ready();
  await expect(
    app.page.getByRole('contentinfo').getByRole('button', { name: /^Offline demo/ }),
  ).toBeVisible();
  await app.stopHost?.();
  const alert = shell.hostDown();
  // The page asks the host every 5 s; no call of the person's is needed to find out.
  await expect(alert).toBeVisible({ timeout: 10_000 });
  await expect(alert).toContainText('host process is not answering');
  await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
  await expect(app.page.getByRole('contentinfo').getByRole('button', { name: /^Offline demo/ })).toHaveCount(
    0,
  );
});
