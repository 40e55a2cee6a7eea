import { z } from 'zod';
import {
  DemoPackIdSchema,
  type DemoPackSummary,
  type PackAssistantTurns,
  type RecordedConversation,
} from '../../shared/domain/demoPack';
import type { StoreProblem } from '../../shared/domain/storeProblem';
import { AppFailure } from '../../shared/result';
import { DemoPackFileSchema, readDemoPack, type DemoPackFile } from '../simulator/packSchema';
import { jsonFileOptions, type CreateJsonFile } from '../storage/jsonFile';
import { openStoreFile } from '../storage/storeFile';

export const DEMO_PACKS_FILE_NAME = 'demo-packs';

/** The user's packs (imported ones, and built-in ones they edited) and the packs they switched off. */
const LibraryFileSchema = z.object({
  schemaVersion: z.literal(1),
  packs: z.array(DemoPackFileSchema),
  disabled: z.array(DemoPackIdSchema),
});
type LibraryFile = z.output<typeof LibraryFileSchema>;

export interface DemoPackLibrary {
  list(): Promise<DemoPackSummary[]>;
  /** The packs the Offline demo serves: the enabled ones, a user's edit in place of the built-in pack it changes. */
  served(): Promise<DemoPackFile[]>;
  /** Imports a pack file's text; a pack with the same id is replaced only when `replace` says so. */
  importPack(text: string, replace: boolean): Promise<DemoPackSummary>;
  /** The pack as a file, as the simulator serves it (an edited built-in pack with its edits). */
  exportPack(id: string): Promise<{ fileName: string; text: string }>;
  setEnabled(id: string, enabled: boolean): Promise<void>;
  /** Removes an imported pack, or a built-in pack's edits (the pack as shipped comes back). */
  remove(id: string): Promise<void>;
  turns(id: string): Promise<PackAssistantTurns[]>;
  /** Replaces one assistant's recorded conversations; a built-in pack is kept as the user's edit of it. */
  saveTurns(id: string, uuid: string, conversations: RecordedConversation[]): Promise<DemoPackSummary>;
  problems(): StoreProblem[];
}

export interface DemoPackLibraryOptions {
  dir: string;
  createJsonFile: CreateJsonFile;
  now: () => Date;
  /** The packs shipped with the app (resources/packs), read once when first needed. */
  builtIn: () => Promise<DemoPackFile[]>;
  /** Told after every change, so a running simulator serves the packs as they now are. */
  onChange: (served: DemoPackFile[]) => void;
}

const packNotFound = () => new AppFailure({ code: 'not_found', reason: 'pack_not_found' });

const readText = (text: string): DemoPackFile => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppFailure({ code: 'validation', reason: 'pack_not_json' });
  }
  const reading = readDemoPack(value);
  switch (reading.kind) {
    case 'pack':
      return reading.pack;
    case 'not_a_pack':
      throw new AppFailure({ code: 'validation', reason: 'pack_not_a_pack' });
    case 'newer':
      throw new AppFailure({
        code: 'validation',
        reason: 'pack_newer',
        params: { version: reading.version },
      });
    case 'invalid':
      throw new AppFailure({
        code: 'validation',
        reason: 'pack_invalid',
        params: { detail: reading.issues },
      });
  }
};

/** The demo packs in one file of the user data folder, written on every change; the shipped ones are read-only. */
export const createDemoPackLibrary = (options: DemoPackLibraryOptions): DemoPackLibrary => {
  const { dir, createJsonFile, now } = options;
  const opened = openStoreFile({
    createJsonFile,
    dir,
    name: DEMO_PACKS_FILE_NAME,
    schema: LibraryFileSchema,
    subject: 'demoPacks',
    now,
  });
  const { problems } = opened;
  let { handle } = opened;
  let data: LibraryFile = opened.data ?? { schemaVersion: 1, packs: [], disabled: [] };

  let builtIn: Promise<DemoPackFile[]> | null = null;
  const shipped = () => (builtIn ??= options.builtIn());

  /** Every pack by id, the user's copy over the shipped one, shipped ones first. */
  const all = async (): Promise<{ pack: DemoPackFile; origin: DemoPackSummary['origin'] }[]> => {
    const shippedPacks = await shipped();
    const shippedIds = new Set(shippedPacks.map((pack) => pack.id));
    const own = new Map(data.packs.map((pack) => [pack.id, pack]));
    return [
      ...shippedPacks.map((pack) => {
        const edited = own.get(pack.id);
        return edited ? { pack: edited, origin: 'edited' as const } : { pack, origin: 'built_in' as const };
      }),
      ...data.packs
        .filter((pack) => !shippedIds.has(pack.id))
        .map((pack) => ({ pack, origin: 'imported' as const })),
    ];
  };

  const find = async (id: string) => {
    const found = (await all()).find((entry) => entry.pack.id === id);
    if (!found) throw packNotFound();
    return found;
  };

  const served = async () =>
    (await all()).filter(({ pack }) => !data.disabled.includes(pack.id)).map(({ pack }) => pack);

  const summary = (pack: DemoPackFile, origin: DemoPackSummary['origin']): DemoPackSummary => ({
    id: pack.id,
    name: pack.name,
    description: pack.description,
    origin,
    enabled: !data.disabled.includes(pack.id),
    assistants: pack.assistants.map((assistant) => ({
      uuid: assistant.uuid,
      name: assistant.name,
      conversations: assistant.conversations.length,
      turns: assistant.conversations.reduce((sum, conversation) => sum + conversation.turns.length, 0),
      scripted: assistant.intents.length > 0,
    })),
  });

  // A failed write throws to the caller: an imported pack or an edit must not be lost quietly.
  const save = async (next: LibraryFile) => {
    handle ??= createJsonFile(jsonFileOptions(dir, DEMO_PACKS_FILE_NAME));
    handle.store = next;
    data = next;
    options.onChange(await served());
  };

  /** A pack served beside the others must not bring an assistant uuid one of them has. */
  const refuseClash = async (pack: DemoPackFile) => {
    const others = (await served()).filter((other) => other.id !== pack.id);
    for (const assistant of pack.assistants) {
      const owner = others.find((other) => other.assistants.some((a) => a.uuid === assistant.uuid));
      if (owner)
        throw new AppFailure({
          code: 'validation',
          reason: 'pack_assistant_clash',
          params: { name: assistant.name, pack: owner.name },
        });
    }
  };

  const keep = (pack: DemoPackFile, enabled: boolean): LibraryFile => ({
    ...data,
    packs: [...data.packs.filter((other) => other.id !== pack.id), pack],
    disabled: enabled ? data.disabled.filter((id) => id !== pack.id) : data.disabled,
  });

  return {
    list: async () => (await all()).map(({ pack, origin }) => summary(pack, origin)),
    served,
    async importPack(text, replace) {
      const pack = readText(text);
      const existing = (await all()).find((entry) => entry.pack.id === pack.id);
      if (existing && !replace)
        throw new AppFailure({
          code: 'validation',
          reason: 'pack_exists',
          params: { name: existing.pack.name },
        });
      await refuseClash(pack);
      await save(keep(pack, true));
      // A pack with a shipped pack's id is kept as the user's edit of it.
      return summary(pack, existing && existing.origin !== 'imported' ? 'edited' : 'imported');
    },
    async exportPack(id) {
      const { pack } = await find(id);
      return { fileName: `${pack.id}.demo-pack.json`, text: `${JSON.stringify(pack, null, 2)}\n` };
    },
    async setEnabled(id, enabled) {
      const { pack } = await find(id);
      if (enabled) await refuseClash(pack);
      const disabled = data.disabled.filter((other) => other !== id);
      await save({ ...data, disabled: enabled ? disabled : [...disabled, id] });
    },
    async remove(id) {
      const { origin } = await find(id);
      if (origin === 'built_in') throw new AppFailure({ code: 'validation', reason: 'pack_built_in' });
      await save({
        ...data,
        packs: data.packs.filter((pack) => pack.id !== id),
        disabled: origin === 'imported' ? data.disabled.filter((other) => other !== id) : data.disabled,
      });
    },
    async turns(id) {
      const { pack } = await find(id);
      return pack.assistants.map(({ uuid, name, conversations }) => ({ uuid, name, conversations }));
    },
    async saveTurns(id, uuid, conversations) {
      const { pack, origin } = await find(id);
      if (!pack.assistants.some((assistant) => assistant.uuid === uuid))
        throw new AppFailure({ code: 'not_found', reason: 'pack_assistant_not_found' });
      const assistants = pack.assistants.map((assistant) =>
        assistant.uuid === uuid ? { ...assistant, conversations } : assistant,
      );
      // Checked as a whole: an assistant left with neither recorded turns nor intents answers nothing.
      const parsed = DemoPackFileSchema.safeParse({ ...pack, assistants });
      if (!parsed.success)
        throw new AppFailure({
          code: 'validation',
          reason: 'pack_invalid',
          params: { detail: z.prettifyError(parsed.error) },
        });
      await save(keep(parsed.data, !data.disabled.includes(id)));
      return summary(parsed.data, origin === 'imported' ? 'imported' : 'edited');
    },
    problems: () => [...problems],
  };
};
