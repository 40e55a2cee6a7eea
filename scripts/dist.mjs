// npm run dist[:linux|:win|:mac]: checks that Electron's zip can be had, then builds the app and its installers.
//   node scripts/dist.mjs [linux|win|mac] [--dir] [--preflight-only]
// Without a platform it builds for this host. FAMULOR_TEST_BUILD=1 builds the variant Playwright can launch.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PLATFORM_TARGETS } from '../electron-builder.js';
import { checkElectronZips, DEFAULT_PROBE_TIMEOUT_MS, missingZipMessage } from './packaging/electronZip.mjs';

const HOST_PLATFORMS = { linux: 'linux', win32: 'win', darwin: 'mac' };
const USAGE = 'Usage: node scripts/dist.mjs [linux|win|mac] [--dir] [--preflight-only]';

const parseArguments = (args) => {
  const flags = new Set(args.filter((arg) => arg.startsWith('--')));
  const platforms = args.filter((arg) => !arg.startsWith('--'));
  const unknown = [...flags].filter((flag) => flag !== '--dir' && flag !== '--preflight-only');
  const platform = platforms[0] ?? HOST_PLATFORMS[process.platform];
  if (unknown.length > 0 || platforms.length > 1 || !(platform in PLATFORM_TARGETS)) {
    console.error(USAGE);
    process.exit(2);
  }
  return { platform, dir: flags.has('--dir'), preflightOnly: flags.has('--preflight-only') };
};

const run = (script, args) => {
  const result = spawnSync(process.execPath, [script, ...args], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const { platform, dir, preflightOnly } = parseArguments(process.argv.slice(2));
const electronVersion = createRequire(import.meta.url)('electron/package.json').version;
const { electronPlatform, arch } = PLATFORM_TARGETS[platform];
const timeoutMs = Number(process.env.FAMULOR_DIST_PROBE_TIMEOUT_MS ?? DEFAULT_PROBE_TIMEOUT_MS);

const zips = await checkElectronZips({
  env: process.env,
  version: electronVersion,
  artifacts: arch.map((name) => ({ platform: electronPlatform, arch: name })),
  timeoutMs,
});
const missing = zips.filter((zip) => zip.source === 'missing');
if (missing.length > 0) {
  console.error(missingZipMessage(electronVersion, missing));
  process.exit(1);
}
for (const zip of zips) {
  console.log(`Electron ${electronVersion} ${zip.platform}-${zip.arch}: ${zip.source} ${zip.location ?? ''}`);
}
if (preflightOnly) process.exit(0);

run(join('node_modules', 'electron-vite', 'bin', 'electron-vite.js'), ['build']);
run(join('node_modules', 'electron-builder', 'cli.js'), [
  '--config',
  'electron-builder.js',
  `--${platform}`,
  ...(dir ? ['--dir'] : []),
  '--publish',
  'never',
]);
