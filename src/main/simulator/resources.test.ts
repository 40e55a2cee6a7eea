import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findResourcesDir } from './resources';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'famulor-resources-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const folder = (...parts: string[]): string => {
  const dir = join(root, ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
};

describe('findResourcesDir', () => {
  it('walks up from the module to the nearest resources/packs', () => {
    folder('app', 'resources', 'packs');
    const start = folder('app', 'out', 'main');
    expect(findResourcesDir(start, undefined)).toBe(join(root, 'app', 'resources'));
  });

  it('prefers the packaged resources folder (process.resourcesPath) over anything found by walking', () => {
    folder('app', 'resources', 'packs');
    const packaged = folder('installed', 'resources');
    folder('installed', 'resources', 'packs');
    const start = folder('app', 'out', 'main');
    expect(findResourcesDir(start, packaged)).toBe(packaged);
  });

  it("ignores a packaged folder without packs, like Electron's own in development", () => {
    folder('app', 'resources', 'packs');
    const electronOwn = folder('node_modules', 'electron', 'dist', 'resources');
    const start = folder('app', 'out', 'main');
    expect(findResourcesDir(start, electronOwn)).toBe(join(root, 'app', 'resources'));
  });

  it('names the start folder when no candidate has packs', () => {
    const start = folder('empty', 'out', 'main');
    expect(() => findResourcesDir(start, folder('nothing'))).toThrow(
      `No resources/packs folder above ${start}`,
    );
  });

  it("finds the repository's own resources from the sources when not packaged", () => {
    expect(findResourcesDir()).toBe(join(process.cwd(), 'resources'));
  });
});
