import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForNode, childEnv } from '../testing/children/bundleForNode';

/**
 * The real keytar in a process with no Secret Service. What makes libsecret fail fast (measured): a
 * DBUS_SESSION_BUS_ADDRESS naming a socket that does not exist ("Could not connect: No such file or
 * directory", a few ms) with DISPLAY unset, so it cannot try to autolaunch a bus either. A bus without a
 * Secret Service is no good for this: D-Bus activation starts gnome-keyring where it is installed.
 */

const KEY = 'fam_child_1a2b3c4d5e6f7a8b';
let child: { file: string; remove: () => void };
let dir: string;

beforeAll(async () => {
  child = await bundleForNode(
    join(import.meta.dirname, '../testing/children/noSecretServiceChild.ts'),
    'no-secret-service',
  );
  dir = mkdtempSync(join(tmpdir(), 'famulor-no-keychain-'));
});
afterAll(() => {
  child.remove();
  rmSync(dir, { recursive: true, force: true });
});

describe.runIf(process.platform === 'linux')('no Secret Service running', () => {
  it('reports the keychain unavailable with the reason and falls back to safeStorage or memory', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [child.file, dir, KEY], {
      env: childEnv({
        DBUS_SESSION_BUS_ADDRESS: `unix:path=${join(dir, 'no-bus-here')}`,
        DISPLAY: undefined,
      }),
      timeout: 15_000,
    });
    const report = JSON.parse(stdout);

    expect(report.availability).toEqual({
      keychain: 'unavailable',
      reason: expect.stringMatching(/^The system keychain cannot be used: Could not connect/),
      safeStorage: 'available',
    });
    expect(report.probeMs).toBeLessThan(3000);
    expect(report.defaultSet).toEqual({
      ok: false,
      error: {
        code: 'keychain',
        reason: 'keychain_unavailable',
        diagnostic: expect.stringMatching(/^The system keychain cannot be used/),
      },
    });
    expect(report.safeStorageSet).toEqual({
      ok: true,
      value: { hasKey: true, lastFour: '7a8b', backend: 'safeStorage' },
    });
    expect(report.readBack).toBe(true);

    expect(report.basicTextAvailability).toMatchObject({
      keychain: 'unavailable',
      safeStorage: 'unavailable',
    });
    expect(report.basicTextAvailability.safeStorageProblem).toBe('basicText');
    expect(report.basicTextSet).toMatchObject({ ok: false, error: { code: 'keychain' } });
    expect(report.memorySet).toEqual({
      ok: true,
      value: { hasKey: true, lastFour: '7a8b', backend: 'memory' },
    });

    // Nothing on disk holds the key in plain text.
    for (const file of readdirSync(dir)) expect(readFileSync(join(dir, file), 'utf8')).not.toContain(KEY);
  });
});
