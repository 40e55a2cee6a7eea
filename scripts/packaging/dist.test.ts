// `node scripts/dist.mjs --preflight-only` as npm run dist runs it: every download host here is a loopback
// server or a closed loopback port, so the answers do not depend on the machine's network.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const electronVersion = String(
  JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version,
);
const linuxZip = `electron-v${electronVersion}-linux-x64.zip`;

interface ElectronGetCache {
  new (cacheRoot: string): { getCachePath(url: string, fileName: string): string };
}
// @electron/get's own cache layout, so the preflight is checked against the code that really downloads.
const { Cache } = require('@electron/get/dist/cjs/Cache') as { Cache: ElectronGetCache };

interface Outcome {
  code: number;
  output: string;
  elapsedMs: number;
}

let scratch: string;
let servers: Server[] = [];

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'famulor-dist-'));
});
afterEach(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  servers = [];
  rmSync(scratch, { recursive: true, force: true });
});

/** A local mirror answering every request with `status`, or never answering when status is null. */
const mirror = async (status: number | null): Promise<string> => {
  const server = createServer((_request, response) => {
    if (status !== null) response.writeHead(status).end();
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  if (status === null) server.on('connection', (socket) => socket.unref());
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
};

const closedPortMirror = async (): Promise<string> => {
  const url = await mirror(200);
  const server = servers.pop() as Server;
  await new Promise((resolve) => server.close(resolve));
  return url;
};

const preflight = (platform: string, env: Record<string, string>): Promise<Outcome> => {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/electron/i.test(name) && name !== 'XDG_CACHE_HOME'),
  );
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['scripts/dist.mjs', platform, '--preflight-only'],
      { env: { ...inherited, XDG_CACHE_HOME: join(scratch, 'cache'), ...env }, timeout: 15_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, output: `${stdout}${stderr}`, elapsedMs: Date.now() - started });
      },
    );
  });
};

describe('npm run dist preflight', () => {
  it('fails at once with the offline instructions when the download host refuses', async () => {
    const outcome = await preflight('linux', { ELECTRON_MIRROR: await closedPortMirror() });
    expect(outcome.code).toBe(1);
    expect(outcome.output).toContain(`cannot get Electron ${electronVersion}`);
    expect(outcome.output).toContain('linux-x64: unreachable (ECONNREFUSED)');
    expect(outcome.output).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(outcome.output).toContain('ELECTRON_MIRROR');
    expect(outcome.elapsedMs).toBeLessThan(5_000);
  });

  it('gives up on a host that never answers after the probe deadline instead of hanging', async () => {
    const outcome = await preflight('linux', {
      ELECTRON_MIRROR: await mirror(null),
      FAMULOR_DIST_PROBE_TIMEOUT_MS: '300',
    });
    expect(outcome.code).toBe(1);
    expect(outcome.output).toContain('no answer within 0.3 s');
    expect(outcome.elapsedMs).toBeLessThan(5_000);
  });

  it('names the missing zip when the mirror lacks it, and checks every mac architecture', async () => {
    const outcome = await preflight('mac', { ELECTRON_MIRROR: await mirror(404) });
    expect(outcome.code).toBe(1);
    expect(outcome.output).toContain('darwin-x64: HTTP 404');
    expect(outcome.output).toContain('darwin-arm64: HTTP 404');
    expect(outcome.output).toContain(`v${electronVersion}/electron-v${electronVersion}-darwin-arm64.zip`);
  });

  it('goes on when the mirror has the zip', async () => {
    const outcome = await preflight('win', { ELECTRON_MIRROR: await mirror(200) });
    expect(outcome.code).toBe(0);
    expect(outcome.output).toMatch(
      /win32-x64: download http:\/\/127\.0\.0\.1:\d+\/v[\d.]+\/electron-v[\d.]+-win32/,
    );
  });

  it.each([
    ['the default cache', {}, join('cache', 'electron')],
    ['electron_config_cache', { electron_config_cache: 'own-cache' }, 'own-cache'],
  ])('uses a zip already in %s without touching the network', async (_name, extraEnv, cacheFolder) => {
    const unreachable = await closedPortMirror();
    const env = Object.fromEntries(
      Object.entries({ ...extraEnv, ELECTRON_MIRROR: unreachable }).map(([name, value]) => [
        name,
        name === 'electron_config_cache' ? join(scratch, value) : value,
      ]),
    );
    const url = `${unreachable}v${electronVersion}/${linuxZip}`;
    const cached = new Cache(join(scratch, cacheFolder)).getCachePath(url, linuxZip);
    mkdirSync(dirname(cached), { recursive: true });
    writeFileSync(cached, 'zip');
    const outcome = await preflight('linux', env);
    expect(outcome.output).toContain(`linux-x64: cache ${cached}`);
    expect(outcome.code).toBe(0);
  });

  it('accepts ELECTRON_OVERRIDE_DIST_PATH only when it is a folder', async () => {
    const good = await preflight('linux', { ELECTRON_OVERRIDE_DIST_PATH: scratch });
    expect(good.code).toBe(0);
    expect(good.output).toContain(`linux-x64: override ${scratch}`);
    const bad = await preflight('linux', { ELECTRON_OVERRIDE_DIST_PATH: join(scratch, 'missing') });
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('is not a folder');
  });

  it('refuses an unknown platform with the usage line', async () => {
    const outcome = await preflight('beos', {});
    expect(outcome.code).toBe(2);
    expect(outcome.output).toContain('Usage: node scripts/dist.mjs');
  });
});
