import { app, ipcMain, safeStorage, session, type IpcMainInvokeEvent } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEEP_LINK_SCHEME } from '../shared/deepLink';
import { channelNames, type EventName } from '../shared/ipc/contract';
import { eventChannel } from '../shared/ipc/transport';
import { perfFromArgs } from './perf/perfFromArgs';
import { startRuntime } from './runtime';
import { APP_NAME } from './userData';
import { APP_VERSION } from './version';
import { createAppWindow, type AppWindow } from './window';
import { endProcess } from './endProcess';
import { registerAppScheme, serveAppProtocol } from './shell/registerAppProtocol';
import { pageUrlFor } from './shell/shellPolicy';

// The Electron shell: window, IPC registration and lifecycle. Everything else lives in the runtime, which the
// browser mode runs in plain Node as well.
const perf = perfFromArgs(
  { perf: process.argv.includes('--perf'), json: process.argv.includes('--json') },
  (text) => process.stdout.write(text),
);
perf.mark('main start');
const outDir = join(dirname(fileURLToPath(import.meta.url)), '..');

const userDataArg = process.argv.find((arg) => arg.startsWith('--user-data-dir='));
if (userDataArg) app.setPath('userData', userDataArg.slice('--user-data-dir='.length));

const linkIn = (argv: readonly string[]): string | null =>
  argv.find((arg) => arg.startsWith(`${DEEP_LINK_SCHEME}://`)) ?? null;

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let appWindow: AppWindow | null = null;
  // A link that arrives before main's services exist waits here (launched by a link, macOS open-url).
  let pendingLink: string | null = linkIn(process.argv);
  let deliverLink: (url: string) => void = (url) => {
    pendingLink = url;
  };

  app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME);
  app.on('open-url', (event, url) => {
    event.preventDefault();
    deliverLink(url);
  });
  app.on('second-instance', (_event, argv) => {
    const link = linkIn(argv);
    if (link) deliverLink(link);
    if (!appWindow) return;
    if (appWindow.window.isMinimized()) appWindow.window.restore();
    appWindow.window.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  void app.whenReady().then(async () => {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
    serveAppProtocol(join(outDir, 'renderer'));

    const runtime = await startRuntime({
      info: {
        name: APP_NAME,
        version: APP_VERSION,
        mode: 'desktop',
        platform: process.platform,
        userDataDir: app.getPath('userData'),
      },
      safeStorage,
      perf,
    });
    perf.mark('runtime ready');

    const refused = {
      ok: false,
      error: { code: 'forbidden', reason: 'caller_not_allowed' },
    };
    for (const name of channelNames) {
      ipcMain.handle(name, (event: IpcMainInvokeEvent, input: unknown, meta: unknown) => {
        const frame = event.senderFrame;
        const trusted = appWindow?.isTrustedSender(event.sender, frame?.url, frame?.parent === null) ?? false;
        return trusted ? runtime.dispatcher.dispatch(name, input, meta) : refused;
      });
    }
    runtime.services.events.subscribe((name: EventName, payload) => {
      appWindow?.window.webContents.send(eventChannel(name), payload);
    });

    const pageUrl = pageUrlFor({
      isPackaged: app.isPackaged,
      devServerUrl: process.env.ELECTRON_RENDERER_URL,
    });
    appWindow = createAppWindow(outDir, pageUrl, app.isPackaged);
    appWindow.window.once('show', () => perf.mark('window shown'));
    deliverLink = (url) => runtime.services.deepLinks.deliver(url);
    if (pendingLink) deliverLink(pendingLink);

    let closing = false;
    app.on('before-quit', (event) => {
      if (closing) return;
      closing = true;
      event.preventDefault();
      void runtime.services.close().finally(() => {
        const overdue = runtime.services.secrets.overdueKeychainCalls();
        if (overdue > 0) endProcess(overdue);
        else app.quit();
      });
    });
  });

  app.on('window-all-closed', () => app.quit());
}
