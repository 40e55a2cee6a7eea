import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { JsonValue, Variables } from '../../shared/domain/famulor';
import type { AssistantTool } from '../../shared/domain/famulor';
import type { AssistantFile, MidCallTool } from './assistantSchema';
import { readDemoPack, type DemoPackFile } from './packSchema';
import { compileRules, type IntentRules } from './intentEngine';

/** The fields PUT /user/assistant/{id} may change; everything else stays as the data file says. */
export interface EditableProfile {
  name: string;
  initial_message: string | null;
  system_prompt: string | null;
  variables: Variables;
  /** Built-in tools in the read shape the list shows. */
  tools: AssistantTool[];
  /** Custom mid-call tools attached to the assistant. */
  tool_ids: number[];
  /** The pipeline's model (catalogue.ts); null for a multimodal or dualplex assistant. */
  llm_model_id: number | null;
  /** One of the catalogue's languages, and its ISO code as the list shows it in `language`. */
  language_id: number;
  language: string;
  timezone: string | null;
  /** An inactive assistant's chat conversations fail with "Failed to process message: …". */
  status: 'active' | 'inactive';
  updated_at: string;
}

export interface SimulatedAssistant {
  file: AssistantFile;
  rules: IntentRules;
  profile: EditableProfile;
  /** The demo pack it comes from; null for one made over the API (POST /user/assistant). */
  packId: string | null;
}

export interface AssistantRegistry {
  list(): SimulatedAssistant[];
  /** The account's custom mid-call tools (GET /user/tools). */
  midCallTools(): MidCallTool[];
  byId(id: number): SimulatedAssistant | undefined;
  byUuid(uuid: string): SimulatedAssistant | undefined;
  /** POST /user/assistant: the next free integer id. */
  nextId(): number;
  add(assistant: SimulatedAssistant): void;
  /** DELETE /user/assistant/{id}; its conversations stay, as a deleted assistant's history is not Famulor's to lose. */
  remove(id: number): boolean;
  /**
   * Serves these packs from now on: an unchanged pack's assistants stay as they are (with any change made over the
   * API), a changed one's are read anew, a pack no longer listed leaves. Assistants made over the API stay.
   */
  setPacks(packs: DemoPackFile[]): void;
}

/** Reads and validates every `*.json` in the folder; a broken file stops the simulator with its name and issue. */
export const loadPackFiles = async (dir: string): Promise<DemoPackFile[]> => {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  const packs = await Promise.all(
    names.map(async (name) => {
      const reading = readDemoPack(JSON.parse(await readFile(join(dir, name), 'utf8')) as unknown);
      if (reading.kind === 'pack') return reading.pack;
      const why =
        reading.kind === 'invalid'
          ? reading.issues
          : reading.kind === 'newer'
            ? `made by a newer version (format ${reading.version})`
            : 'not a demo pack';
      throw new Error(`Invalid demo pack ${name}:\n${why}`);
    }),
  );
  if (packs.length === 0) throw new Error(`No demo packs (*.json) in ${dir}.`);
  return packs;
};

/** One pack's assistants, or an error naming the first uuid or tool id that another pack already uses. */
const clashOf = (packs: DemoPackFile[]): string | null => {
  const uuids = packs.flatMap((pack) => pack.assistants.map((assistant) => assistant.uuid));
  const clash = uuids.find((uuid, index) => uuids.indexOf(uuid) !== index);
  if (clash) return `Two demo assistants share the uuid ${clash}.`;
  const toolIds = packs.flatMap((pack) =>
    pack.assistants.flatMap((file) => file.mid_call_tools.map((tool) => tool.id)),
  );
  return new Set(toolIds).size === toolIds.length ? null : 'Two mid-call tools share an id.';
};

const simulated = (file: AssistantFile, pack: DemoPackFile): SimulatedAssistant => ({
  file,
  rules: compileRules(file, pack.no_recorded_answer),
  packId: pack.id,
  profile: {
    name: file.name,
    initial_message: file.initial_message,
    system_prompt: file.system_prompt,
    variables: structuredClone(file.variables),
    tools: structuredClone(file.tools),
    tool_ids: file.mid_call_tools.map((tool) => tool.id),
    llm_model_id: file.llm_model_id,
    language_id: file.language_id,
    language: file.language,
    timezone: file.timezone,
    status: file.status,
    updated_at: file.updated_at,
  },
});

export const createAssistantRegistry = (initialPacks: DemoPackFile[]): AssistantRegistry => {
  const assistants: SimulatedAssistant[] = [];
  const served = new Map<string, string>();
  let servedPacks: DemoPackFile[] = [];
  const nextId = () => Math.max(0, ...assistants.map((assistant) => assistant.file.id)) + 1;
  const sort = () => assistants.sort((left, right) => left.file.id - right.file.id);
  const setPacks = (packs: DemoPackFile[]) => {
    const clash = clashOf(packs);
    if (clash) throw new Error(clash);
    const wanted = new Map(packs.map((pack) => [pack.id, JSON.stringify(pack)]));
    const leaving = (assistant: SimulatedAssistant) =>
      assistant.packId !== null && wanted.get(assistant.packId) !== served.get(assistant.packId);
    for (let index = assistants.length - 1; index >= 0; index -= 1) {
      if (leaving(assistants[index] as SimulatedAssistant)) assistants.splice(index, 1);
    }
    for (const pack of packs) {
      if (served.get(pack.id) === wanted.get(pack.id)) continue;
      for (const file of pack.assistants) {
        // The id a pack gives is kept (the seeded threads name the built-in ones); a taken one is replaced.
        const id = assistants.some((assistant) => assistant.file.id === file.id) ? nextId() : file.id;
        assistants.push(simulated({ ...file, id }, pack));
      }
    }
    served.clear();
    for (const [id, text] of wanted) served.set(id, text);
    servedPacks = packs;
    sort();
  };
  setPacks(initialPacks);
  // The account's tools are the served packs' (an assistant deleted over the API leaves its tools behind).
  const midCallTools = () =>
    servedPacks
      .flatMap((pack) => pack.assistants.flatMap((file) => file.mid_call_tools))
      .sort((left, right) => left.id - right.id);
  return {
    list: () => assistants,
    midCallTools,
    byId: (id) => assistants.find((assistant) => assistant.file.id === id),
    byUuid: (uuid) => assistants.find((assistant) => assistant.file.uuid === uuid),
    nextId,
    add: (assistant) => void assistants.push(assistant),
    remove(id) {
      const index = assistants.findIndex((assistant) => assistant.file.id === id);
      if (index >= 0) assistants.splice(index, 1);
      return index >= 0;
    },
    setPacks,
  };
};

/** The assistant as GET /user/assistants/get shows it: the intents are the simulator's secret. */
export const assistantView = ({ file, profile }: SimulatedAssistant): Record<string, JsonValue> => ({
  id: file.id,
  uuid: file.uuid,
  name: profile.name,
  variables: profile.variables,
  initial_message: profile.initial_message,
  system_prompt: profile.system_prompt,
  tools: profile.tools,
  language: profile.language,
  language_id: profile.language_id,
  voice_id: file.voice_id,
  llm_model_id: profile.llm_model_id,
  multimodal_model_id: file.multimodal_model_id,
  type: file.type,
  status: profile.status,
  mode: file.mode,
  timezone: profile.timezone,
  phone_number: file.phone_number,
  created_at: file.created_at,
  updated_at: profile.updated_at,
});
