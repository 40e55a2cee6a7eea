import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const hasPacks = (dir: string): boolean => existsSync(join(dir, 'packs'));

/** Electron's main process sets `process.resourcesPath`; plain Node (browser mode, CLI, tests) does not. */
const electronResourcesPath = (): string | undefined => {
  const value: unknown = Reflect.get(process, 'resourcesPath');
  return typeof value === 'string' ? value : undefined;
};

/**
 * The app's `resources/` folder. A packaged app has it in `process.resourcesPath` (electron-builder's
 * extraResources); otherwise it is found by walking up from this module, which works from the sources
 * (src/main/simulator) and from the bundle (out/main) alike. In development Electron's own resources folder has
 * no packs, so the walk decides.
 */
export const findResourcesDir = (
  start: string = dirname(fileURLToPath(import.meta.url)),
  packagedDir: string | undefined = electronResourcesPath(),
): string => {
  if (packagedDir !== undefined && hasPacks(packagedDir)) return packagedDir;
  let dir = start;
  for (;;) {
    const candidate = join(dir, 'resources');
    if (hasPacks(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No resources/packs folder above ${start}.`);
    dir = parent;
  }
};
