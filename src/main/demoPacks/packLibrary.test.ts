import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppError } from '../../shared/result';
import { autohausPack, autohausPackText, builtInPacks, LENA } from '../testing/demoPackKit';
import { CLARA } from '../testing/simulatorTestKit';
import type { DemoPackFile } from '../simulator/packSchema';
import { openJsonFile } from '../storage/jsonFile';
import { createDemoPackLibrary, DEMO_PACKS_FILE_NAME } from './packLibrary';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const newLibrary = (dir = mkdtempSync(join(tmpdir(), 'packs-'))) => {
  if (!dirs.includes(dir)) dirs.push(dir);
  const served: DemoPackFile[][] = [];
  const library = createDemoPackLibrary({
    dir,
    createJsonFile: openJsonFile,
    now: () => new Date('2026-12-07T10:00:00Z'),
    builtIn: builtInPacks,
    onChange: (packs) => void served.push(packs),
  });
  return { dir, library, served };
};

const refusal = async (promise: Promise<unknown>): Promise<AppError> => {
  const error: unknown = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toHaveProperty('error');
  return (error as { error: AppError }).error;
};

const ids = (packs: DemoPackFile[]) => packs.map((pack) => pack.id);

describe('the demo pack library', () => {
  it('lists the shipped packs, switched on, and adds an imported one to what the simulator serves', async () => {
    const { library, served } = newLibrary();
    expect((await library.list()).map(({ id, origin, enabled }) => ({ id, origin, enabled }))).toEqual([
      { id: 'clara', origin: 'built_in', enabled: true },
      { id: 'max', origin: 'built_in', enabled: true },
      { id: 'sophie', origin: 'built_in', enabled: true },
    ]);
    const summary = await library.importPack(autohausPackText(), false);
    expect(summary).toMatchObject({
      id: 'autohaus-becker',
      origin: 'imported',
      enabled: true,
      assistants: [{ uuid: LENA.uuid, name: 'Lena', conversations: 2, turns: 5, scripted: false }],
    });
    expect(served.map(ids)).toEqual([['clara', 'max', 'sophie', 'autohaus-becker']]);
  });

  it.each([
    ['not JSON', '{"format": ', 'pack_not_json', undefined],
    ['JSON of another kind', '{"format": "famulor-playground/sessions"}', 'pack_not_a_pack', undefined],
    [
      'a newer format',
      JSON.stringify({ ...JSON.parse(autohausPackText()), version: 3 }),
      'pack_newer',
      { version: 3 },
    ],
  ])('refuses %s by name, keeping nothing', async (_what, text, reason, params) => {
    const { library, served } = newLibrary();
    const error = await refusal(library.importPack(text, false));
    expect(error.reason).toBe(reason);
    expect(error.params).toEqual(params);
    expect(served).toEqual([]);
  });

  it('names the wrong fields of an invalid pack', async () => {
    const { library } = newLibrary();
    const broken = JSON.parse(autohausPackText()) as { assistants: { uuid: string }[] };
    (broken.assistants[0] as { uuid: string }).uuid = 'lena';
    const error = await refusal(library.importPack(JSON.stringify(broken), false));
    expect(error.reason).toBe('pack_invalid');
    expect(String(error.params?.detail)).toMatch(/assistants\[0\]\.uuid/);
  });

  it('replaces a pack of the same id only when asked, and refuses an assistant another pack serves', async () => {
    const { library } = newLibrary();
    await library.importPack(autohausPackText(), false);
    expect(await refusal(library.importPack(autohausPackText(), false))).toMatchObject({
      reason: 'pack_exists',
      params: { name: 'Autohaus Becker — service desk' },
    });
    const renamed = { ...autohausPack(), name: 'Autohaus Becker (2)' };
    expect((await library.importPack(JSON.stringify(renamed), true)).name).toBe('Autohaus Becker (2)');
    const stolen = {
      ...autohausPack(),
      id: 'other',
      assistants: [{ ...autohausPack().assistants[0], uuid: CLARA.uuid }],
    };
    expect(await refusal(library.importPack(JSON.stringify(stolen), false))).toMatchObject({
      reason: 'pack_assistant_clash',
      params: { name: 'Lena', pack: 'Clara — appointments' },
    });
  });

  it('keeps imports, switches and edits across a restart, and an edit of a shipped pack can be undone', async () => {
    const first = newLibrary();
    await first.library.importPack(autohausPackText(), false);
    await first.library.setEnabled('max', false);
    const [claraTurns] = await first.library.turns('clara');
    expect(claraTurns?.conversations).toEqual([]);
    const edited = await first.library.saveTurns('clara', CLARA.uuid, [
      {
        title: 'Parking',
        turns: [
          { user: 'Where can I park?', alternatives: [], reply: 'Behind the clinic.', function_calls: [] },
        ],
      },
    ]);
    expect(edited).toMatchObject({ origin: 'edited', assistants: [{ conversations: 1, scripted: true }] });

    const again = newLibrary(first.dir);
    expect((await again.library.list()).map(({ id, origin, enabled }) => [id, origin, enabled])).toEqual([
      ['clara', 'edited', true],
      ['max', 'built_in', false],
      ['sophie', 'built_in', true],
      ['autohaus-becker', 'imported', true],
    ]);
    expect(ids(await again.library.served())).toEqual(['clara', 'sophie', 'autohaus-becker']);
    expect(await refusal(again.library.remove('max'))).toMatchObject({ reason: 'pack_built_in' });
    await again.library.remove('clara');
    expect((await again.library.turns('clara'))[0]?.conversations).toEqual([]);
    await again.library.remove('autohaus-becker');
    expect(await refusal(again.library.turns('autohaus-becker'))).toMatchObject({ reason: 'pack_not_found' });
  });

  it('refuses an edit that leaves an assistant with nothing to answer', async () => {
    const { library } = newLibrary();
    await library.importPack(autohausPackText(), false);
    const error = await refusal(library.saveTurns('autohaus-becker', LENA.uuid, []));
    expect(error).toMatchObject({ reason: 'pack_invalid' });
    expect((await library.turns('autohaus-becker'))[0]?.conversations).toHaveLength(2);
  });

  it('exports a pack as a file that imports as the same pack', async () => {
    const { library } = newLibrary();
    await library.importPack(autohausPackText(), false);
    const file = await library.exportPack('autohaus-becker');
    expect(file.fileName).toBe('autohaus-becker.demo-pack.json');
    const other = newLibrary();
    await other.library.importPack(file.text, false);
    expect(await other.library.turns('autohaus-becker')).toEqual(await library.turns('autohaus-becker'));
  });

  it('moves a broken library file aside with a report, and starts from the shipped packs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'packs-'));
    const path = join(dir, `${DEMO_PACKS_FILE_NAME}.json`);
    writeFileSync(path, JSON.stringify({ schemaVersion: 1, packs: 'many', disabled: [] }));
    const { library } = newLibrary(dir);
    expect(library.problems()).toEqual([expect.objectContaining({ subject: 'demoPacks', code: 'schema' })]);
    expect(ids(await library.served())).toEqual(['clara', 'max', 'sophie']);
    expect(() => readFileSync(path)).toThrow();
  });
});
