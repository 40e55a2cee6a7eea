import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openJsonFile } from '../storage/jsonFile';
import { ASSISTANT_LAB_FILE_NAME, createLabStore, KEPT_DRAFTS_PER_ASSISTANT } from './labStore';
import { claraDraft } from '../../shared/testing/assistantDraftKit';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const newDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'lab-store-'));
  dirs.push(dir);
  return dir;
};
const open = (dir: string) =>
  createLabStore({
    dir,
    createJsonFile: openJsonFile,
    now: () => new Date('2026-12-07T12:00:00Z'),
    author: () => 'ada',
  });

const draft = claraDraft();
const copy = {
  profileId: 'p1',
  assistantId: 900,
  uuid: 'u-900',
  name: '[draft] Clara · 13:00',
  originalId: 101,
  createdAt: '2026-12-07T12:00:00.000Z',
};

describe('the prompt lab’s store', () => {
  it('keeps versions per profile and assistant, and scratch copies, across a restart', () => {
    const dir = newDir();
    const store = open(dir);
    store.addVersion({ profileId: 'p1', assistantId: 101, kind: 'original', draft, note: '' });
    store.addVersion({
      profileId: 'p1',
      assistantId: 101,
      kind: 'draft',
      draft: { ...draft, name: 'C2' },
      note: 'n',
    });
    store.addVersion({ profileId: 'p2', assistantId: 101, kind: 'original', draft, note: '' });
    store.rememberScratch(copy);
    const again = open(dir);
    expect(
      again.versions('p1', 101).map((version) => [version.kind, version.draft.name, version.author]),
    ).toEqual([
      ['original', 'Clara', 'ada'],
      ['draft', 'C2', 'ada'],
    ]);
    expect(again.scratchCopies('p1')).toEqual([copy]);
    expect(again.scratchCopies('p2')).toEqual([]);
    again.forgetScratch('p1', 900);
    expect(open(dir).scratchCopies('p1')).toEqual([]);
  });

  it('drops the oldest drafts beyond the limit, never the original or a pushed state', () => {
    const store = open(newDir());
    store.addVersion({ profileId: 'p1', assistantId: 101, kind: 'original', draft, note: '' });
    for (let index = 0; index <= KEPT_DRAFTS_PER_ASSISTANT; index += 1)
      store.addVersion({ profileId: 'p1', assistantId: 101, kind: 'draft', draft, note: String(index) });
    const versions = store.versions('p1', 101);
    expect(versions).toHaveLength(KEPT_DRAFTS_PER_ASSISTANT + 1);
    expect(versions[0]?.kind).toBe('original');
    expect(versions[1]?.note).toBe('1');
  });

  it('moves a damaged file aside and reports it, starting empty', () => {
    const dir = newDir();
    writeFileSync(join(dir, `${ASSISTANT_LAB_FILE_NAME}.json`), '{"schemaVersion":1,"versions":"no"}');
    const store = open(dir);
    expect(store.problems()).toMatchObject([{ subject: 'assistantLab', code: 'schema' }]);
    expect(store.scratchCopies('p1')).toEqual([]);
    expect(readdirSync(dir).some((name) => name.startsWith(`${ASSISTANT_LAB_FILE_NAME}.corrupt-`))).toBe(
      true,
    );
  });

  it('keeps imported versions once, in time order, and holds the drafts to the limit', () => {
    const dir = newDir();
    const store = open(dir);
    const mine = store.addVersion({ profileId: 'p1', assistantId: 101, kind: 'original', draft, note: '' });
    const version = (id: string, at: string) => ({ ...mine, id, kind: 'draft' as const, note: id, at });
    const older = version('older', '2026-12-01T09:00:00.000Z');
    expect(store.importVersions([mine, older, older])).toBe(1);
    expect(store.versions('p1', 101).map((kept) => kept.note)).toEqual(['older', '']);
    expect(store.importVersions([older])).toBe(0);

    const many = Array.from({ length: KEPT_DRAFTS_PER_ASSISTANT + 5 }, (_, index) =>
      version(`d${index}`, new Date(Date.UTC(2026, 11, 2, 0, index)).toISOString()),
    );
    store.importVersions(many);
    const kept = open(dir).versions('p1', 101);
    expect(kept.filter((one) => one.kind === 'draft')).toHaveLength(KEPT_DRAFTS_PER_ASSISTANT);
    expect(kept.some((one) => one.kind === 'original')).toBe(true);
    expect(kept.some((one) => one.note === 'older')).toBe(false);
  });

  it('reads versions kept before the lab edited the language as "as listed"', () => {
    const dir = newDir();
    const { languageId: _languageId, ...before } = draft;
    const version = {
      id: 'v1',
      profileId: 'p1',
      assistantId: 101,
      kind: 'original',
      draft: before,
      note: '',
      author: 'ada',
      at: '2026-12-06T12:00:00.000Z',
    };
    writeFileSync(
      join(dir, `${ASSISTANT_LAB_FILE_NAME}.json`),
      JSON.stringify({ schemaVersion: 1, versions: [version], scratchCopies: [] }),
    );
    const store = open(dir);
    expect(store.problems()).toEqual([]);
    expect(store.versions('p1', 101)[0]?.draft).toEqual({ ...before, languageId: null });
  });
});
