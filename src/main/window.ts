import { BrowserWindow, shell, type WebContents } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface AppWindow {
  window: BrowserWindow;
  /** The one page allowed to call main: our own index.html, in the window's main frame. */
  isTrustedSender(sender: WebContents, frameUrl: string | undefined, isMainFrame: boolean): boolean;
}

const isExternalHttp = (url: string) => url.startsWith('https://') || url.startsWith('http://');

export const createAppWindow = (outDir: string, devServerUrl: string | undefined): AppWindow => {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Famulor Playground',
    webPreferences: {
      preload: join(outDir, 'preload', 'index.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      // Middle-click would otherwise open links in a new window, bypassing the window-open handler.
      disableBlinkFeatures: 'Auxclick',
    },
  });

  const pageUrl = devServerUrl ?? pathToFileURL(join(outDir, 'renderer', 'index.html')).href;
  const appOrigin = devServerUrl ? new URL(devServerUrl).origin : null;
  const isAppUrl = (url: string) =>
    appOrigin ? new URL(url).origin === appOrigin : url.split(/[?#]/)[0] === pageUrl;

  window.webContents.setWindowOpenHandler(({ url }) => {
    if (isExternalHttp(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    if (isExternalHttp(url)) void shell.openExternal(url);
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  void window.loadURL(pageUrl);

  return {
    window,
    isTrustedSender: (sender, frameUrl, isMainFrame) =>
      sender.id === window.webContents.id && isMainFrame && frameUrl !== undefined && isAppUrl(frameUrl),
  };
};
