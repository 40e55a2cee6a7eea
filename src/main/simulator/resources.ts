import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The app's `resources/` folder, found by walking up from this module: that works from the sources
 * (src/main/simulator) and from the bundle (out/main) alike. A packaged app passes its paths explicitly.
 */
export const findResourcesDir = (start: string = dirname(fileURLToPath(import.meta.url))): string => {
  let dir = start;
  for (;;) {
    const candidate = join(dir, 'resources');
    if (existsSync(join(candidate, 'assistants'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No resources/assistants folder above ${start}.`);
    dir = parent;
  }
};
