// CI's check of the installer configuration without building: electron-builder's own JSON schema, and the
// properties the installers depend on.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { DEEP_LINK_SCHEME as APP_DEEP_LINK_SCHEME } from '../src/shared/deepLink';
import { createBuilderConfig, DEEP_LINK_SCHEME, PLATFORM_TARGETS } from '../electron-builder.js';

const require = createRequire(import.meta.url);
const schema: unknown = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema as object);
const electronVersion: unknown = JSON.parse(
  readFileSync(require.resolve('electron/package.json'), 'utf8'),
).version;

const release = createBuilderConfig({});
const testBuild = createBuilderConfig({ FAMULOR_TEST_BUILD: '1' });

const schemaErrors = (config: unknown): string[] =>
  validate(config) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);

/** Every leaf path where two plain JSON values differ. */
const differences = (left: unknown, right: unknown, path = ''): string[] => {
  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null;
  if (!isObject(left) || !isObject(right)) return Object.is(left, right) ? [] : [path];
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].flatMap((key) => differences(left[key], right[key], path ? `${path}.${key}` : key));
};

const pngSize = (file: string): { width: number; height: number } => {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
};

describe('electron-builder configuration', () => {
  it.each([
    ['release', release],
    ['test build', testBuild],
    [
      'offline sources',
      createBuilderConfig({
        ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron',
        electron_config_cache: '/var/cache/e',
      }),
    ],
  ])('the %s configuration matches app-builder-lib/scheme.json', (_name, config) => {
    expect(schemaErrors(config)).toEqual([]);
  });

  it('has a schema check that rejects what electron-builder would reject', () => {
    const broken = {
      ...release,
      electronFuses: { ...release.electronFuses, runAsNode: 'no' },
      asarUnpacked: [],
    };
    expect(schemaErrors(broken)).toContain('/electronFuses/runAsNode must be boolean');
    expect(schemaErrors(broken)).toContain(' must NOT have additional properties');
  });

  it('sets every release fuse', () => {
    expect(release.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  });

  it('leaves no fuse electron-builder knows at its default', () => {
    const definitions = (schema as { definitions: Record<string, { properties: Record<string, unknown> }> })
      .definitions;
    // Not a fuse: whether to re-sign a macOS build ad hoc after the fuses are flipped.
    const fuses = Object.keys(definitions.FuseOptionsV1?.properties ?? {}).filter(
      (name) => name !== 'resetAdHocDarwinSignature',
    );
    expect(fuses.length).toBeGreaterThan(6);
    expect(Object.keys(release.electronFuses ?? {}).sort()).toEqual(fuses.sort());
  });

  it('lets the test build differ only in the inspector fuse Playwright needs and its output folder', () => {
    expect(differences(release, testBuild).sort()).toEqual([
      'directories.output',
      'electronFuses.enableNodeCliInspectArguments',
    ]);
    expect(testBuild.electronFuses?.enableNodeCliInspectArguments).toBe(true);
  });

  it('packs only the build output in an asar, with native addons unpacked and rebuilt for Electron', () => {
    expect(release.files).toEqual(['out/**', 'package.json']);
    expect(release.asar).toBe(true);
    expect(release.asarUnpack).toContain('**/*.node');
    expect(release.npmRebuild).toBe(true);
    expect(release.buildDependenciesFromSource).toBe(false);
  });

  it('ships the simulator demo packs and seed next to the asar, where findResourcesDir looks', () => {
    expect(release.extraResources).toEqual(
      expect.arrayContaining([
        { from: 'resources/packs', to: 'packs' },
        { from: 'resources/seed', to: 'seed' },
      ]),
    );
    expect(readdirSync('resources/packs').filter((file) => file.endsWith('.json')).length).toBeGreaterThan(0);
    expect(existsSync('resources/seed/conversations.json')).toBe(true);
  });

  it('targets AppImage and deb, NSIS and dmg, each with the 512×512 icon', () => {
    const targetNames = (platform: 'linux' | 'win' | 'mac'): unknown[] => {
      const target: unknown = release[platform]?.target;
      return Array.isArray(target) ? target.map((entry: { target: string }) => entry.target) : [];
    };
    expect(targetNames('linux')).toEqual(['AppImage', 'deb']);
    expect(targetNames('win')).toEqual(['nsis']);
    expect(targetNames('mac')).toEqual(['dmg']);
    expect(Object.keys(PLATFORM_TARGETS).sort()).toEqual(['linux', 'mac', 'win']);
    for (const platform of ['linux', 'win', 'mac'] as const) {
      const icon = release[platform]?.icon;
      expect(typeof icon).toBe('string');
      expect(pngSize(String(icon))).toEqual({ width: 512, height: 512 });
    }
  });

  it('registers the deep-link scheme the main process handles', () => {
    expect(DEEP_LINK_SCHEME).toBe(APP_DEEP_LINK_SCHEME);
    expect(release.protocols).toEqual([expect.objectContaining({ schemes: [APP_DEEP_LINK_SCHEME] })]);
    expect(release.appId).toBe('io.famulor.playground');
    expect(release.productName).toBe('Famulor Playground');
  });

  it('gets Electron offline from ELECTRON_OVERRIDE_DIST_PATH, and otherwise verifies zips with bundled checksums', () => {
    expect(createBuilderConfig({ ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' }).electronDist).toBe(
      '/opt/electron',
    );
    expect(release.electronDist).toBeUndefined();
    const download: unknown = release.electronDownload;
    expect(download).toEqual({
      checksums: expect.objectContaining({
        [`electron-v${String(electronVersion)}-linux-x64.zip`]: expect.any(String),
      }),
    });
    expect(createBuilderConfig({ electron_config_cache: '/var/cache/e' }).electronDownload).toEqual({
      cache: '/var/cache/e',
    });
  });
});
