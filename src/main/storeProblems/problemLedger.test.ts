import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openJsonFile } from '../storage/jsonFile';
import { storeProblem } from './finding';
import { createProblemLedger } from './problemLedger';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const newDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-'));
  dirs.push(dir);
  return dir;
};
const open = (dir: string) =>
  createProblemLedger({ dir, createJsonFile: openJsonFile, now: () => new Date(), logger: console });

const moved = storeProblem(
  'session',
  { code: 'notJson', params: { detail: 'x' } },
  '/a.json',
  '/a.corrupt.json',
);
const reset = storeProblem(
  'preferences',
  { code: 'invalidPreference', params: { field: 'theme' } },
  '/s.json',
  null,
);

describe('problem ledger', () => {
  it('keeps every report across restarts until it is dismissed', () => {
    const dir = newDir();
    expect(open(dir).record([moved, reset])).toEqual([moved, reset]);
    expect(open(dir).record([])).toEqual([moved, reset]);
    expect(open(dir).dismiss([moved.id])).toEqual([reset]);
    expect(open(dir).record([])).toEqual([reset]);
  });

  it('lists the same finding once, and not again after it was dismissed in this run', () => {
    const ledger = open(newDir());
    ledger.record([moved, moved]);
    expect(ledger.record([moved])).toEqual([moved]);
    ledger.dismiss([moved.id]);
    expect(ledger.record([moved])).toEqual([]);
  });

  it('reports its own damaged file and starts over', () => {
    const dir = newDir();
    writeFileSync(join(dir, 'store-problems.json'), '{"schemaVersion":1,"problems":[{"id":');
    const [problem] = open(dir).record([]);
    expect(problem).toMatchObject({ subject: 'problemReports', code: 'notJson' });
  });
});
