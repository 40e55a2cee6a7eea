import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { APP_PAGE_URL, appResponseHeaders, isAppProtocolUrl, resolveAppPath } from './appProtocol';

const root = resolve('/opt/famulor/resources/app.asar/out/renderer');

describe('the app:// protocol', () => {
  it('serves the renderer folder, index.html at the root', () => {
    expect(resolveAppPath(root, APP_PAGE_URL)).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://famulor/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://famulor/assets/index-abc.js?v=1#x')).toBe(
      join(root, 'assets', 'index-abc.js'),
    );
    expect(resolveAppPath(root, 'app://famulor/assets/a%20b.css')).toBe(join(root, 'assets', 'a b.css'));
  });

  it('keeps dot segments the URL parser folds inside the folder', () => {
    expect(resolveAppPath(root, 'app://famulor/../../../etc/passwd')).toBe(join(root, 'etc', 'passwd'));
    expect(resolveAppPath(root, 'app://famulor/%2e%2e/%2e%2e/etc/passwd')).toBe(join(root, 'etc', 'passwd'));
  });

  it.each([
    'app://famulor/assets/%2E%2E%2F%2E%2E%2Fmain%2Findex.js',
    'app://famulor/..%5C..%5Cwindows',
    'app://famulor/a%00.js',
    'app://famulor/%E0%A4%A',
    'app://other/index.html',
    'app://user@famulor/index.html',
    'app://famulor:8080/index.html',
    'file:///etc/passwd',
    'https://famulor/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('sends the CSP as a header with every file, with its type and no sniffing', () => {
    expect(appResponseHeaders(join(root, 'index.html'))).toEqual({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    });
    expect(appResponseHeaders('x.JS')['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(appResponseHeaders('x.unknown')['Content-Type']).toBe('application/octet-stream');
  });

  it('tells its own URLs from others', () => {
    expect(isAppProtocolUrl('app://famulor/assets/x.js')).toBe(true);
    expect(isAppProtocolUrl('app://evil/x')).toBe(false);
    expect(isAppProtocolUrl('http://famulor/x')).toBe(false);
  });
});
