import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatcher } from '../ipc/dispatch';
import { createHandlers } from '../ipc/handlers';
import type { Handlers } from '../ipc/handlerTypes';
import { createMainServices, type MainServices } from '../services';
import { startHost, type HostOptions, type RunningHost } from '../host/server';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** node:http rather than fetch: fetch forbids setting Host and Origin, which these tests must forge. */
export const send = (
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
) =>
  new Promise<Answer>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });

/**
 * Writes bytes as they are onto a fresh connection and collects what comes back until the server closes it
 * (or `settleMs` passes): for request lines and headers that node:http would refuse to send.
 */
export const sendRaw = (port: number, text: string | Buffer, settleMs = 2000) =>
  new Promise<{ text: string; closedByServer: boolean }>((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ text: Buffer.concat(chunks).toString('latin1'), closedByServer: false });
    }, settleMs);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ text: Buffer.concat(chunks).toString('latin1'), closedByServer: true });
    });
    socket.on('error', (error) => {
      clearTimeout(timer);
      if (chunks.length) resolve({ text: Buffer.concat(chunks).toString('latin1'), closedByServer: true });
      else reject(error);
    });
    socket.write(text);
  });

/** The status of a raw HTTP answer ("HTTP/1.1 400 Bad Request" → 400), or 0 when none came. */
export const rawStatus = (text: string): number => Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);

const info = {
  name: 'Famulor Playground',
  version: '1.0.0',
  mode: 'browser' as const,
  platform: 'linux',
  userDataDir: '/tmp',
};

export interface TestHost {
  host: RunningHost;
  services: MainServices;
  /** `127.0.0.1:<port>`, what the page's requests carry as Host. */
  hostHeader: string;
  /** What the page's own fetch sends besides the body: Host, same Origin and the call token. */
  callHeaders: Record<string, string>;
  /** Logged errors of handlers, which must stay empty for refused input. */
  handlerErrors: unknown[];
  close(): Promise<void>;
}

export interface TestHostOptions extends Partial<HostOptions> {
  /** Puts something around the real handlers (the fuzzer records which of them ran). */
  wrapHandlers?: (handlers: Handlers) => Handlers;
}

/** A host over real main services (memory keys only) and a two-file renderer folder. */
export const startTestHost = async ({
  wrapHandlers,
  ...options
}: TestHostOptions = {}): Promise<TestHost> => {
  const rendererDir = mkdtempSync(join(tmpdir(), 'renderer-'));
  writeFileSync(
    join(rendererDir, 'index.html'),
    '<html><head></head><body><script type="module" src="./a.js"></script></body></html>',
  );
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  const services = await createMainServices({
    info: { ...info, userDataDir: mkdtempSync(join(tmpdir(), 'host-data-')) },
    // No Secret Service in these tests: keys are kept for the run only.
    loadKeychain: async () => {
      throw new Error('no keychain in this test');
    },
  });
  const handlerErrors: unknown[] = [];
  const handlers = createHandlers(services);
  const dispatcher = createDispatcher(
    wrapHandlers ? wrapHandlers(handlers) : handlers,
    services.inFlight,
    { error: (message, detail) => handlerErrors.push([message, detail]) },
    { checkOutput: true },
  );
  const host = await startHost({ rendererDir, dispatcher, events: services.events, ...options });
  const hostHeader = `127.0.0.1:${host.port}`;
  return {
    host,
    services,
    hostHeader,
    callHeaders: {
      host: hostHeader,
      origin: `http://${hostHeader}`,
      'x-playground-token': host.token,
      'content-type': 'application/json',
    },
    handlerErrors,
    async close() {
      await host.close();
      await services.close();
    },
  };
};
