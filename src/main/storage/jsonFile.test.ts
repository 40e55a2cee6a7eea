import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileShapeError, jsonFileOptions, openJsonFile } from './jsonFile';

describe('the stores’ JSON file', () => {
  const dirs: string[] = [];
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'json-file-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('reads a missing file as empty, and writes it for its owner alone, in a folder made on the way', () => {
    const dir = join(folder(), 'removed-while-running');
    const file = openJsonFile(jsonFileOptions(dir, 'settings'));
    expect(file.path).toBe(join(dir, 'settings.json'));
    expect(file.store).toEqual({});
    file.store = { 'a.b': 1, list: [1, 2] };
    expect(JSON.parse(readFileSync(file.path, 'utf8'))).toEqual({ 'a.b': 1, list: [1, 2] });
    expect(statSync(file.path).mode & 0o777).toBe(0o600);
    expect(file.store).toEqual({ 'a.b': 1, list: [1, 2] });
  });

  it('replaces the whole file on a write and leaves no temporary file beside it', () => {
    const dir = folder();
    const file = openJsonFile(jsonFileOptions(dir, 'index'));
    file.store = { first: 'x'.repeat(10_000) };
    file.store = { second: true };
    expect(file.store).toEqual({ second: true });
    expect(readdirSync(dir)).toEqual(['index.json']);
  });

  it('refuses a file that is not JSON, or JSON that no store can hold, and leaves it as it was', () => {
    const dir = folder();
    writeFileSync(join(dir, 'broken.json'), '{"half":');
    writeFileSync(join(dir, 'list.json'), '[1, 2]');
    expect(() => openJsonFile(jsonFileOptions(dir, 'broken')).store).toThrow(SyntaxError);
    expect(() => openJsonFile(jsonFileOptions(dir, 'list')).store).toThrow(FileShapeError);
    expect(readFileSync(join(dir, 'broken.json'), 'utf8')).toBe('{"half":');
  });
});
