import type { AssistantDraft } from '../../shared/domain/assistantDraft';
import { ASSISTANT_MODES, type NewAssistant } from '../../shared/domain/assistantWrites';
import type { Assistant, JsonValue } from '../../shared/domain/famulor';
import { BUILT_IN_TOOL_TYPES, type BuiltInTool } from '../../shared/domain/tools';

/** Scratch copies are named so that a person recognises them in Famulor's web app: `[draft] Clara · 14:02`. */
export const SCRATCH_PREFIX = '[draft]';
const MAX_NAME_CHARACTERS = 255;

export const scratchName = (name: string, at: Date, timeZone: string): string => {
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone }).format(at);
  // Famulor allows 255 characters: the original's name is cut, never the mark or the time.
  const room = MAX_NAME_CHARACTERS - `${SCRATCH_PREFIX}  · ${time}`.length;
  return `${SCRATCH_PREFIX} ${[...name].slice(0, room).join('')} · ${time}`;
};

const isBuiltInType = (type: unknown): type is BuiltInTool['type'] =>
  typeof type === 'string' && (BUILT_IN_TOOL_TYPES as readonly string[]).includes(type);

const isRecord = (value: JsonValue | undefined): value is { [key: string]: JsonValue } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The list shows built-in tools as `{type, data: {…}}`; create and update take them flat, `{type, …fields}`
 * (famulor-api.md). Items that are no built-in tool of a documented type (the list's example shows bare names)
 * cannot be written back and are returned apart, so the person is told instead of losing them silently.
 */
export const toolsInWriteShape = (
  listed: JsonValue | undefined,
): { tools: BuiltInTool[]; unwritable: JsonValue[] } => {
  const tools: BuiltInTool[] = [];
  const unwritable: JsonValue[] = [];
  for (const item of Array.isArray(listed) ? listed : []) {
    if (isRecord(item) && isBuiltInType(item.type) && (item.data === undefined || isRecord(item.data))) {
      const { type, data } = item;
      tools.push({ ...(data ?? {}), type });
    } else unwritable.push(item);
  }
  return { tools, unwritable };
};

/** A field of the listed assistant as an integer (Famulor sends some as numeric strings). */
const integerField = (raw: Assistant['raw'], key: string): number | null => {
  const value = raw[key];
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  return null;
};

export type ScratchCopyProblem = { field: string; reason: 'missing' | 'invalid' };

/**
 * What POST /user/assistant needs to make a scratch copy of a listed assistant with the draft's changes: the
 * required fields the draft does not hold (voice, language, type, mode) are copied from the list, as the create
 * page allows; a listed assistant without them cannot be copied, and the problems say which field.
 */
export const newAssistantFrom = (
  listed: Assistant,
  draft: AssistantDraft,
  name: string,
): { ok: true; assistant: NewAssistant } | { ok: false; problems: ScratchCopyProblem[] } => {
  const problems: ScratchCopyProblem[] = [];
  const required = (key: string): number => {
    const value = integerField(listed.raw, key);
    if (value === null) problems.push({ field: key, reason: 'missing' });
    return value ?? 0;
  };
  const voiceId = required('voice_id');
  const languageId = draft.languageId ?? required('language_id');
  const type = listed.raw.type;
  if (type !== 'inbound' && type !== 'outbound') problems.push({ field: 'type', reason: 'invalid' });
  const mode = ASSISTANT_MODES.find((candidate) => candidate === listed.raw.mode);
  if (!mode) problems.push({ field: 'mode', reason: 'invalid' });
  if (draft.timezone === null) problems.push({ field: 'timezone', reason: 'missing' });
  const llmModelId = draft.llmModelId ?? integerField(listed.raw, 'llm_model_id');
  const multimodalModelId = integerField(listed.raw, 'multimodal_model_id');
  if (mode === 'pipeline' && llmModelId === null) problems.push({ field: 'llm_model_id', reason: 'missing' });
  if (mode && mode !== 'pipeline' && multimodalModelId === null)
    problems.push({ field: 'multimodal_model_id', reason: 'missing' });
  if (problems.length > 0 || !mode || (type !== 'inbound' && type !== 'outbound') || draft.timezone === null)
    return { ok: false, problems };
  return {
    ok: true,
    assistant: {
      name,
      voiceId,
      languageId,
      type,
      mode,
      timezone: draft.timezone,
      initialMessage: draft.initialMessage,
      systemPrompt: draft.systemPrompt,
      llmModelId: mode === 'pipeline' ? llmModelId : null,
      multimodalModelId: mode === 'pipeline' ? null : multimodalModelId,
      variables: draft.variables,
      tools: draft.tools,
      toolIds: draft.toolIds ?? [],
      knowledgebaseId: integerField(listed.raw, 'knowledgebase_id'),
    },
  };
};

/** The draft a listed assistant starts as: its own settings, tools in the write shape. */
export const draftOf = (listed: Assistant): { draft: AssistantDraft; unwritableTools: JsonValue[] } => {
  const { tools, unwritable } = toolsInWriteShape(listed.raw.tools);
  const listedIds = Array.isArray(listed.raw.tool_ids) ? listed.raw.tool_ids : null;
  const toolIds = listedIds?.filter((id): id is number => typeof id === 'number' && Number.isInteger(id));
  return {
    draft: {
      name: listed.name,
      initialMessage: listed.initialMessage ?? '',
      systemPrompt: listed.systemPrompt ?? '',
      variables: listed.variables,
      llmModelId: integerField(listed.raw, 'llm_model_id'),
      tools,
      // Famulor's list does not document `tool_ids`; where it sends them anyway they are taken.
      toolIds: toolIds && toolIds.length === listedIds?.length ? toolIds : null,
      timezone: listed.timezone,
      languageId: integerField(listed.raw, 'language_id'),
    },
    unwritableTools: unwritable,
  };
};
