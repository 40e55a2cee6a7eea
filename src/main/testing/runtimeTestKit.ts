import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRuntime, type MainRuntime } from '../runtime';
import type { LoadKeychain } from '../secrets/keychain';
import { startSimulator, type RunningSimulator, type SimulatorOptions } from '../simulator';
import { callChannel, dataOf } from './dispatchTestKit';

/** The keychain of a container without a Secret Service: absent, as main meets it there. */
export const noKeychain: LoadKeychain = () =>
  Promise.reject(new Error('org.freedesktop.secrets was not provided by any files'));

/**
 * The whole main side as the renderer meets it, for tests: real stores in a temporary folder, the dispatcher,
 * simulators standing in for a remote Famulor. `cleanUp` closes and removes everything the kit started.
 */
export const createRuntimeKit = () => {
  const open: MainRuntime[] = [];
  const simulators: RunningSimulator[] = [];
  const dirs: string[] = [];
  return {
    newDir(prefix = 'runtime-'): string {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      dirs.push(dir);
      return dir;
    },
    async boot(dir: string, loadKeychain: LoadKeychain = noKeychain): Promise<MainRuntime> {
      const runtime = await startRuntime(
        {
          info: {
            name: 'Famulor Playground',
            version: '0',
            mode: 'browser',
            platform: 'linux',
            userDataDir: dir,
          },
          loadKeychain,
        },
        { error: () => {} },
        { checkOutput: true },
      );
      open.push(runtime);
      return runtime;
    },
    /** Closes one runtime before the test ends (a restart), so that `cleanUp` does not close it again. */
    async close(runtime: MainRuntime): Promise<void> {
      open.splice(open.indexOf(runtime), 1);
      await runtime.services.close();
    },
    async simulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
      const simulator = await startSimulator(options);
      simulators.push(simulator);
      return simulator;
    },
    async cleanUp(): Promise<void> {
      await Promise.all(open.splice(0).map((runtime) => runtime.services.close()));
      await Promise.all(simulators.splice(0).map((simulator) => simulator.close()));
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
};

/**
 * A profile on a simulator standing in for a remote Famulor, with its key in memory, made the active one: an
 * account that outlives a restart of the app, as Famulor's does.
 */
export const activateRemoteProfile = async (runtime: MainRuntime, simulator: RunningSimulator) => {
  const profile = dataOf(
    await callChannel(runtime.dispatcher, 'profiles:create', {
      name: 'Staging',
      kind: 'remote',
      baseUrl: simulator.baseUrl,
      generateReplyPath: '/user/ai/generate-reply',
    }),
  );
  dataOf(
    await callChannel(runtime.dispatcher, 'secret:set', {
      profileId: profile.id,
      key: simulator.apiKey,
      backend: 'memory',
    }),
  );
  dataOf(await callChannel(runtime.dispatcher, 'profiles:activate', { id: profile.id }));
  return profile;
};
