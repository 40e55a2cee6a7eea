// Can electron-builder get the Electron zip it packages? Answered before building, because on a host without
// network electron-builder would otherwise fail only after the build, or wait on a download that never comes.
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, posix } from 'node:path';

export const DEFAULT_PROBE_TIMEOUT_MS = 3000;
const GITHUB_RELEASES = 'https://github.com/electron/electron/releases/download/';

// @electron/get reads its mirror settings from .npmrc (npm_config_*), package.json config and the environment.
const firstSet = (env, names) =>
  names.map((name) => env[name]).find((value) => value !== undefined && value !== '');

const mirrorOf = (env) =>
  firstSet(env, [
    'npm_config_electron_mirror',
    'NPM_CONFIG_ELECTRON_MIRROR',
    'npm_package_config_electron_mirror',
    'ELECTRON_MIRROR',
  ]);

const customDirOf = (env) =>
  firstSet(env, ['npm_config_electron_custom_dir', 'NPM_CONFIG_ELECTRON_CUSTOM_DIR', 'ELECTRON_CUSTOM_DIR']);

export const electronZipName = (version, platform, arch) => `electron-v${version}-${platform}-${arch}.zip`;

/** The URL @electron/get downloads the zip from. */
export const electronZipUrl = (env, version, fileName) => {
  const dir = (customDirOf(env) ?? `v${version}`).replace('{{ version }}', version);
  return `${mirrorOf(env) ?? GITHUB_RELEASES}${dir}/${fileName}`;
};

/** @electron/get's default cache root (env-paths("electron").cache), or electron_config_cache. */
export const electronCacheRoot = (env, platform = process.platform, home = homedir()) => {
  if (env.electron_config_cache) return env.electron_config_cache;
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'electron');
  if (platform === 'win32')
    return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'electron', 'Cache');
  return join(env.XDG_CACHE_HOME ?? join(home, '.cache'), 'electron');
};

/** Where @electron/get keeps a downloaded file: a folder named by the SHA-256 of the URL's directory. */
export const cachedZipPath = (cacheRoot, url, fileName) => {
  const parsed = new URL(url);
  parsed.search = '';
  parsed.hash = '';
  parsed.pathname = posix.dirname(parsed.pathname);
  return join(cacheRoot, createHash('sha256').update(parsed.href).digest('hex'), fileName);
};

const describeFailure = (error, timeoutMs) => {
  if (error instanceof Error && error.name === 'TimeoutError')
    return `no answer within ${timeoutMs / 1000} s`;
  const code = error instanceof Error && error.cause instanceof Error ? error.cause.code : undefined;
  return `unreachable (${code ?? (error instanceof Error ? error.message : String(error))})`;
};

/** One HEAD request with a hard deadline: reachable means any answer below 400 (GitHub answers with a redirect). */
export const probeUrl = async (url, timeoutMs) => {
  try {
    const response = await fetch(url, {
      method: 'HEAD',
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    return response.status < 400 ? { ok: true } : { ok: false, reason: `HTTP ${response.status}` };
  } catch (error) {
    return { ok: false, reason: describeFailure(error, timeoutMs) };
  }
};

/**
 * How each needed zip (one per platform and arch) can be had: `override` (ELECTRON_OVERRIDE_DIST_PATH, which
 * electron-builder.js hands over as electronDist), `cache`, `download`, or a failure with its reason.
 */
export const checkElectronZips = async ({
  env,
  version,
  artifacts,
  timeoutMs = DEFAULT_PROBE_TIMEOUT_MS,
}) => {
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const usable = existsSync(override) && statSync(override).isDirectory();
    return artifacts.map((artifact) => ({
      ...artifact,
      source: usable ? 'override' : 'missing',
      location: override,
      reason: usable ? undefined : `ELECTRON_OVERRIDE_DIST_PATH=${override} is not a folder`,
    }));
  }
  const cacheRoot = electronCacheRoot(env);
  return Promise.all(
    artifacts.map(async (artifact) => {
      const fileName = electronZipName(version, artifact.platform, artifact.arch);
      const url = electronZipUrl(env, version, fileName);
      const cached = cachedZipPath(cacheRoot, url, fileName);
      if (existsSync(cached)) return { ...artifact, source: 'cache', location: cached };
      // A proxy is applied by @electron/get (global-agent), not by this probe: trust it instead of probing.
      if (env.ELECTRON_GET_USE_PROXY) return { ...artifact, source: 'download', location: url };
      const probe = await probeUrl(url, timeoutMs);
      return probe.ok
        ? { ...artifact, source: 'download', location: url }
        : { ...artifact, source: 'missing', location: url, cached, reason: probe.reason };
    }),
  );
};

/** The message for a host that cannot get Electron: what was tried, and the two ways to build offline. */
export const missingZipMessage = (version, missing) =>
  [
    `npm run dist: cannot get Electron ${version}, so no installer can be built on this host.`,
    '',
    ...missing.flatMap((item) => [
      `  ${item.platform}-${item.arch}: ${item.reason}`,
      ...(item.location ? [`    tried ${item.location}`] : []),
      ...(item.cached ? [`    not in the cache: ${item.cached}`] : []),
    ]),
    '',
    'Build offline in one of these ways:',
    '  1. ELECTRON_OVERRIDE_DIST_PATH=/path/to/electron-dist  an unpacked Electron of the same version for the',
    '     target platform (or a folder holding its electron-v<version>-<platform>-<arch>.zip);',
    '     electron-builder.js passes it on as electronDist.',
    '  2. ELECTRON_MIRROR=http://<local mirror>/  a mirror laid out like GitHub releases',
    `     (<mirror>/v${version}/electron-v${version}-<platform>-<arch>.zip), or copy that zip into the Electron`,
    '     cache (electron_config_cache or ~/.cache/electron) from a machine that has downloaded it.',
    'Checksums come from node_modules/electron/checksums.json, so no SHASUMS256.txt is fetched (with',
    'electron_config_cache, electron-builder reads SHASUMS256.txt-<version> from that folder instead).',
    'Installers (not --dir) also need electron-builder tools (ELECTRON_BUILDER_BINARIES_MIRROR or a filled',
    'ELECTRON_BUILDER_CACHE) and keytar rebuilt for Electron (its prebuilt binary or headers in ~/.electron-gyp).',
  ].join('\n');
