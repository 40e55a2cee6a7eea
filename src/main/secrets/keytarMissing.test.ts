import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeSafeStorage } from '../testing/secretsTestKit';
import { keytarLoader } from './keychain';
import { createSecretStore } from './secretStore';

/**
 * keytar is an optional dependency: on a machine without libsecret its build fails and npm removes it. The
 * store must then say which fix applies to this OS, and still offer the fallbacks.
 */
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'famulor-keytar-missing-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// A real import of a package that is not installed: the very error Node gives when npm dropped keytar.
const MISSING_PACKAGE: string = 'famulor-no-such-keytar-package';
const importMissingPackage = () => import(/* @vite-ignore */ MISSING_PACKAGE);

describe('keytar not installed', () => {
  it.each([
    ['linux', 'linuxLibsecret'],
    ['darwin', 'macosReinstall'],
    ['win32', 'windowsReinstall'],
  ] as const)('on %s names the fix %s and keeps safeStorage on offer', async (platform, fix) => {
    const store = createSecretStore({
      dir,
      platform,
      loadKeychain: keytarLoader(importMissingPackage),
      safeStorage: fakeSafeStorage('gnome_libsecret'),
    });
    expect(await store.availability()).toEqual({
      keychain: 'unavailable',
      reason: expect.stringContaining('famulor-no-such-keytar-package'),
      keychainFix: fix,
      safeStorage: 'available',
    });
  });

  it('gives no fix for a keychain that loads but fails (the fix would not help)', async () => {
    const store = createSecretStore({
      dir,
      platform: 'linux',
      loadKeychain: keytarLoader(async () => {
        throw new Error('Cannot autolaunch D-Bus without X11 $DISPLAY');
      }),
    });
    const availability = await store.availability();
    expect(availability.keychain).toBe('unavailable');
    expect(availability.keychainFix).toBeUndefined();
  });
});
