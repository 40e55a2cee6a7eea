import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const semver = require('semver') as {
  minVersion(range: string): { version: string } | null;
  satisfies(version: string, range: string): boolean;
};
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('the Node the project says it supports', () => {
  it('every locked package accepts it, so `npm ci` prints no EBADENGINE warning', () => {
    const floor =
      semver.minVersion((readJson('package.json').engines as { node: string }).node)?.version ?? '';
    const packages = readJson('package-lock.json').packages as Record<
      string,
      { engines?: { node?: string } }
    >;
    const refusing = Object.entries(packages)
      // What npm installed: an optional package for another platform or Node stays out of node_modules unwarned.
      .filter(([path]) => path !== '' && existsSync(path))
      .filter(([, meta]) => meta.engines?.node && !semver.satisfies(floor, meta.engines.node))
      .map(([path, meta]) => `${path.replace(/^.*node_modules\//, '')} wants node ${meta.engines?.node}`);
    expect(refusing).toEqual([]);
  });

  it('npm run dist still drives @electron/rebuild through electron-builder (the overridden 3.x line)', async () => {
    const app = mkdtempSync(join(tmpdir(), 'famulor-rebuild-'));
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'probe', version: '1.0.0' }));
    // electron-builder's own entry: it imports @electron/rebuild in a child process and calls rebuild().
    const { rebuild } = require('app-builder-lib/out/util/rebuild') as {
      rebuild(options: Record<string, unknown>): Promise<void>;
    };
    try {
      await expect(
        rebuild({
          buildPath: app,
          projectRootPath: app,
          electronVersion: (readJson('node_modules/electron/package.json') as { version: string }).version,
          arch: 'x64',
          platform: 'linux',
          buildFromSource: false,
          mode: 'sequential',
          disablePreGypCopy: true,
        }),
      ).resolves.toBeUndefined();
    } finally {
      rmSync(app, { recursive: true, force: true });
    }
  });
});
