import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { JsonValue, Variables } from '../../shared/domain/famulor';
import type { AssistantTool } from '../../shared/domain/famulor';
import { AssistantFileSchema, type AssistantFile, type MidCallTool } from './assistantSchema';
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
}

/** Reads and validates every `*.json` in the folder; a broken file stops the simulator with its name and issue. */
export const loadAssistantFiles = async (dir: string): Promise<AssistantFile[]> => {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  const files = await Promise.all(
    names.map(async (name) => {
      const parsed = AssistantFileSchema.safeParse(
        JSON.parse(await readFile(join(dir, name), 'utf8')) as unknown,
      );
      if (!parsed.success)
        throw new Error(`Invalid assistant file ${name}:\n${z.prettifyError(parsed.error)}`);
      return parsed.data;
    }),
  );
  if (files.length === 0) throw new Error(`No assistant files (*.json) in ${dir}.`);
  const duplicate = (key: 'id' | 'uuid') =>
    files.find((file, index) => files.findIndex((other) => other[key] === file[key]) !== index);
  const clash = duplicate('id') ?? duplicate('uuid');
  if (clash) throw new Error(`Two assistant files share the id or uuid of "${clash.name}".`);
  const toolIds = files.flatMap((file) => file.mid_call_tools.map((tool) => tool.id));
  if (new Set(toolIds).size !== toolIds.length) throw new Error('Two mid-call tools share an id.');
  return files;
};

export const createAssistantRegistry = (files: AssistantFile[]): AssistantRegistry => {
  const assistants: SimulatedAssistant[] = files
    .map((file) => ({
      file,
      rules: compileRules(file),
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
    }))
    .sort((left, right) => left.file.id - right.file.id);
  const midCallTools = files.flatMap((file) => file.mid_call_tools).sort((left, right) => left.id - right.id);
  return {
    list: () => assistants,
    midCallTools: () => midCallTools,
    byId: (id) => assistants.find((assistant) => assistant.file.id === id),
    byUuid: (uuid) => assistants.find((assistant) => assistant.file.uuid === uuid),
    nextId: () => Math.max(0, ...assistants.map((assistant) => assistant.file.id)) + 1,
    add: (assistant) => void assistants.push(assistant),
    remove(id) {
      const index = assistants.findIndex((assistant) => assistant.file.id === id);
      if (index >= 0) assistants.splice(index, 1);
      return index >= 0;
    },
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
