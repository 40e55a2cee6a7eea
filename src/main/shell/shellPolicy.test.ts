import { describe, expect, it } from 'vitest';
import { APP_PAGE_URL } from './appProtocol';
import { externalUrlToOpen, isTrustedSender, pageUrlFor } from './shellPolicy';

describe('which page the window loads', () => {
  it('ignores the dev-server URL in an installed build', () => {
    expect(pageUrlFor({ isPackaged: true, devServerUrl: 'http://localhost:5173/' })).toBe(APP_PAGE_URL);
    expect(pageUrlFor({ isPackaged: true, devServerUrl: 'http://evil.example/' })).toBe(APP_PAGE_URL);
  });

  it('uses a dev server on this machine in a development run, and nothing else', () => {
    expect(pageUrlFor({ isPackaged: false, devServerUrl: 'http://localhost:5173' })).toBe(
      'http://localhost:5173/',
    );
    expect(pageUrlFor({ isPackaged: false, devServerUrl: 'http://127.0.0.1:5173/' })).toBe(
      'http://127.0.0.1:5173/',
    );
    expect(pageUrlFor({ isPackaged: false, devServerUrl: 'http://evil.example:5173/' })).toBe(APP_PAGE_URL);
    expect(pageUrlFor({ isPackaged: false, devServerUrl: 'file:///tmp/x.html' })).toBe(APP_PAGE_URL);
    expect(pageUrlFor({ isPackaged: false, devServerUrl: 'nonsense' })).toBe(APP_PAGE_URL);
    expect(pageUrlFor({ isPackaged: false, devServerUrl: undefined })).toBe(APP_PAGE_URL);
  });
});

describe('who may call main', () => {
  const facts = { senderId: 1, windowContentsId: 1, frameUrl: APP_PAGE_URL, isMainFrame: true };

  it('trusts our page in our window main frame only', () => {
    expect(isTrustedSender(facts, APP_PAGE_URL)).toBe(true);
    expect(isTrustedSender({ ...facts, frameUrl: 'app://famulor/index.html#/threads' }, APP_PAGE_URL)).toBe(
      true,
    );
    expect(isTrustedSender({ ...facts, senderId: 2 }, APP_PAGE_URL)).toBe(false);
    expect(isTrustedSender({ ...facts, isMainFrame: false }, APP_PAGE_URL)).toBe(false);
    expect(isTrustedSender({ ...facts, frameUrl: undefined }, APP_PAGE_URL)).toBe(false);
    expect(isTrustedSender({ ...facts, frameUrl: 'file:///x/out/renderer/index.html' }, APP_PAGE_URL)).toBe(
      false,
    );
    expect(isTrustedSender({ ...facts, frameUrl: 'https://evil.example/' }, APP_PAGE_URL)).toBe(false);
  });

  it('trusts the dev server origin, and only it, in a development run', () => {
    const dev = 'http://localhost:5173/';
    expect(isTrustedSender({ ...facts, frameUrl: 'http://localhost:5173/index.html' }, dev)).toBe(true);
    expect(isTrustedSender({ ...facts, frameUrl: 'http://localhost:5174/' }, dev)).toBe(false);
    expect(isTrustedSender({ ...facts, frameUrl: APP_PAGE_URL }, dev)).toBe(false);
  });
});

describe('which links leave for the system browser', () => {
  it.each([
    ['https://famulor.de/docs', 'https://famulor.de/docs'],
    ['mailto:support@famulor.de', 'mailto:support@famulor.de'],
  ])('opens %s', (url, opened) => {
    expect(externalUrlToOpen(url)).toBe(opened);
  });

  it.each([
    'http://famulor.de/',
    'https://user:pass@famulor.de/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'famulor-playground://conversation/x',
    'smb://host/share',
    'https://',
    'not a url',
  ])('keeps %s in', (url) => {
    expect(externalUrlToOpen(url)).toBeNull();
  });
});
