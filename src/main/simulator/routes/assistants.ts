import { VariablesSchema } from '../../../shared/domain/famulor';
import {
  DEFAULT_ASSISTANTS_PER_PAGE,
  MAX_INITIAL_MESSAGE_LENGTH,
  MAX_PER_PAGE,
} from '../../../shared/limits';
import { similarity } from '../../../shared/similarity';
import type { AssistantFile } from '../assistantSchema';
import { assistantView, type EditableProfile, type SimulatedAssistant } from '../assistants';
import { ASSISTANT_MODES, LANGUAGES, LLM_MODELS, MULTIMODAL_MODELS } from '../catalogue';
import { isPlainObject, json, type ApiResponse, type RequestContext } from '../http';
import type { SimulatorState } from '../state';
import { isTimeZone } from '../../../shared/time/wallClock';
import { formatTimestamp } from '../time';
import { LaravelValidator, laravelMessages } from '../validation';
import { optionalText, readBuiltInTools, readModelId, readToolIds } from './assistantFields';

/** GET /user/assistants/get: a Laravel page. */
export const listAssistants = (state: SimulatorState, context: RequestContext): ApiResponse => {
  const validator = new LaravelValidator();
  const perPage = validator.queryInteger('per_page', context.query.get('per_page'), {
    min: 1,
    max: MAX_PER_PAGE,
    fallback: DEFAULT_ASSISTANTS_PER_PAGE,
  });
  const page = validator.queryInteger('page', context.query.get('page'), { min: 1, fallback: 1 });
  if (validator.failed || perPage === undefined || page === undefined) return validator.response();
  const assistants = state.assistants.list();
  return json(200, {
    data: assistants.slice((page - 1) * perPage, page * perPage).map(assistantView),
    current_page: page,
    per_page: perPage,
    total: assistants.length,
    last_page: Math.max(1, Math.ceil(assistants.length / perPage)),
  });
};

/** Reads the fields PUT may change; `undefined` means "not sent, leave as is", `null` clears an optional one. */
const readProfilePatch = (
  validator: LaravelValidator,
  state: SimulatorState,
  body: Record<string, unknown>,
): Partial<EditableProfile> => {
  const patch: Partial<EditableProfile> = {};
  if (body.name !== undefined) {
    const name = validator.requiredString('name', body.name, 255);
    if (name !== undefined) patch.name = name;
  }
  const initialMessage = optionalText(
    validator,
    'initial_message',
    body.initial_message,
    MAX_INITIAL_MESSAGE_LENGTH,
  );
  if (initialMessage !== undefined) patch.initial_message = initialMessage;
  const systemPrompt = optionalText(validator, 'system_prompt', body.system_prompt);
  if (systemPrompt !== undefined) patch.system_prompt = systemPrompt;
  // `variables` replaces the whole set rather than merging, as the reference says.
  const variables = validator.optionalObject('variables', body.variables);
  if (variables !== undefined) patch.variables = variables === null ? {} : VariablesSchema.parse(variables);
  const tools = readBuiltInTools(validator, body.tools);
  if (tools !== undefined) patch.tools = tools;
  const toolIds = readToolIds(validator, state, body.tool_ids);
  if (toolIds !== undefined) patch.tool_ids = toolIds;
  if (body.status !== undefined) {
    if (body.status === 'active' || body.status === 'inactive') patch.status = body.status;
    else validator.fail('status', laravelMessages.selectedInvalid('status'));
  }
  if (body.llm_model_id !== undefined) {
    const model = readModelId(validator, 'llm_model_id', body.llm_model_id, 'pipeline');
    if (model !== undefined) patch.llm_model_id = model;
  }
  if (body.language_id !== undefined) {
    const languageId = validator.requiredInteger('language_id', body.language_id);
    const language = LANGUAGES.find((candidate) => candidate.id === languageId);
    if (language) Object.assign(patch, { language_id: language.id, language: language.iso_2 });
    else if (languageId !== undefined)
      validator.fail('language_id', laravelMessages.selectedInvalid('language_id'));
  }
  const timezone = optionalText(validator, 'timezone', body.timezone);
  if (typeof timezone === 'string' && !isTimeZone(timezone))
    validator.fail('timezone', laravelMessages.timezone('timezone'));
  else if (timezone !== undefined) patch.timezone = timezone;
  return patch;
};

/** GET /user/tools: the account's custom mid-call tools, as the reference's example shows them (a bare array). */
export const listMidCallTools = (state: SimulatorState): ApiResponse =>
  json(200, state.assistants.midCallTools());

/** PUT /user/assistant/{id}: updates only the fields sent. */
export const updateAssistant = (state: SimulatorState, context: RequestContext): ApiResponse => {
  const id = context.params.id ?? '';
  const assistant = /^\d+$/.test(id) ? state.assistants.byId(Number(id)) : undefined;
  if (!assistant) return json(404, { message: 'Assistant not found' });
  const validator = new LaravelValidator();
  const patch = readProfilePatch(validator, state, isPlainObject(context.body) ? context.body : {});
  // The update page documents this fixed summary instead of Laravel's first error.
  if (validator.failed) return validator.response('Validation failed');
  Object.assign(assistant.profile, patch, { updated_at: formatTimestamp(state.now()) });
  return json(200, {
    message: 'Assistant updated successfully',
    data: {
      id: assistant.file.id,
      name: assistant.profile.name,
      status: assistant.profile.status,
      type: assistant.file.type,
      mode: assistant.file.mode,
    },
  });
};

const ASSISTANT_TYPES = ['inbound', 'outbound'] as const;

const oneOf = <T extends string>(
  validator: LaravelValidator,
  field: string,
  value: unknown,
  allowed: readonly T[],
): T | undefined => {
  const text = validator.requiredString(field, value);
  if (text === undefined) return undefined;
  return (allowed as readonly string[]).includes(text)
    ? (text as T)
    : validator.fail(field, laravelMessages.selectedInvalid(field));
};

/**
 * The simulator cannot follow a prompt as a language model would: a created assistant answers with the intents of
 * the assistant whose system prompt is most like its own (a copy of Clara with a changed prompt is still Clara),
 * and its own name, initial message, variables and prompt fill in the replies.
 */
const closestPersona = (state: SimulatorState, systemPrompt: string): SimulatedAssistant | undefined =>
  state.assistants
    .list()
    .map((assistant) => ({
      assistant,
      score: similarity(assistant.profile.system_prompt ?? '', systemPrompt),
    }))
    .sort((left, right) => right.score - left.score)[0]?.assistant;

/** POST /user/assistant: every required field checked as the create page lists them; new assistants are inactive. */
export const createAssistant = (state: SimulatorState, context: RequestContext): ApiResponse => {
  const body = isPlainObject(context.body) ? context.body : {};
  const validator = new LaravelValidator();
  const name = validator.requiredString('name', body.name, 255);
  const voiceId = validator.requiredInteger('voice_id', body.voice_id);
  const languageId = validator.requiredInteger('language_id', body.language_id);
  const language = LANGUAGES.find((candidate) => candidate.id === languageId);
  if (languageId !== undefined && !language)
    validator.fail('language_id', laravelMessages.selectedInvalid('language_id'));
  const type = oneOf(validator, 'type', body.type, ASSISTANT_TYPES);
  const mode = oneOf(validator, 'mode', body.mode, ASSISTANT_MODES);
  const timezone = validator.requiredString('timezone', body.timezone);
  if (timezone !== undefined && !isTimeZone(timezone))
    validator.fail('timezone', laravelMessages.timezone('timezone'));
  const initialMessage = validator.requiredString(
    'initial_message',
    body.initial_message,
    MAX_INITIAL_MESSAGE_LENGTH,
  );
  const systemPrompt = validator.requiredString('system_prompt', body.system_prompt);
  const modelField = mode === 'pipeline' ? 'llm_model_id' : 'multimodal_model_id';
  const modelId =
    mode === undefined
      ? undefined
      : body[modelField] === undefined || body[modelField] === null
        ? validator.fail(modelField, laravelMessages.requiredWhen(modelField, 'mode', mode))
        : readModelId(validator, modelField, body[modelField], mode);
  const variables = validator.optionalObject('variables', body.variables);
  const tools = readBuiltInTools(validator, body.tools);
  const toolIds = readToolIds(validator, state, body.tool_ids);
  const persona = systemPrompt === undefined ? undefined : closestPersona(state, systemPrompt);
  if (
    validator.failed ||
    name === undefined ||
    voiceId === undefined ||
    !language ||
    !type ||
    !mode ||
    timezone === undefined ||
    initialMessage === undefined ||
    systemPrompt === undefined ||
    modelId === undefined ||
    !persona
  )
    return validator.response('Validation failed');
  const now = formatTimestamp(state.now());
  const file: AssistantFile = {
    ...persona.file,
    id: state.assistants.nextId(),
    uuid: state.newId(),
    name,
    language: language.iso_2,
    type,
    status: 'inactive',
    mode,
    language_id: language.id,
    voice_id: voiceId,
    llm_model_id: mode === 'pipeline' ? modelId : null,
    multimodal_model_id: mode === 'pipeline' ? null : modelId,
    timezone,
    phone_number: null,
    initial_message: initialMessage,
    system_prompt: systemPrompt,
    variables: variables ? VariablesSchema.parse(variables) : {},
    tools: tools ?? [],
    created_at: now,
    updated_at: now,
  };
  state.assistants.add({
    file,
    rules: persona.rules,
    packId: null,
    profile: {
      name,
      initial_message: initialMessage,
      system_prompt: systemPrompt,
      variables: structuredClone(file.variables),
      tools: structuredClone(file.tools),
      tool_ids: toolIds ?? [],
      llm_model_id: file.llm_model_id,
      language_id: language.id,
      language: language.iso_2,
      timezone,
      status: 'inactive',
      updated_at: now,
    },
  });
  return json(201, {
    message: 'Assistant created successfully',
    data: { id: file.id, name, status: 'inactive', type, mode },
  });
};

/** DELETE /user/assistant/{id}: the account's own only. */
export const deleteAssistant = (state: SimulatorState, context: RequestContext): ApiResponse => {
  const id = context.params.id ?? '';
  if (!/^\d+$/.test(id) || !state.assistants.remove(Number(id)))
    return json(404, { message: 'Assistant not found or does not belong to the authenticated user' });
  return json(200, { message: 'Assistant deleted successfully' });
};

const MODEL_TYPES = ['llm', 'multimodal', 'dualplex'] as const;

/** GET /user/assistants/models?type=llm|multimodal|dualplex (llm when absent): `{data: [{id, name, code?}]}`. */
export const listModels = (_state: SimulatorState, context: RequestContext): ApiResponse => {
  const type = context.query.get('type') ?? 'llm';
  if (!(MODEL_TYPES as readonly string[]).includes(type)) {
    const validator = new LaravelValidator();
    validator.fail('type', laravelMessages.selectedInvalid('type'));
    return validator.response();
  }
  return json(200, { data: [...(type === 'llm' ? LLM_MODELS : MULTIMODAL_MODELS)] });
};

/** GET /user/assistants/languages: a bare array, as the reference shows it. */
export const listLanguages = (): ApiResponse => json(200, [...LANGUAGES]);
