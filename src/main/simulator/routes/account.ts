import { VariablesSchema } from '../../../shared/domain/famulor';
import {
  DEFAULT_ASSISTANTS_PER_PAGE,
  MAX_INITIAL_MESSAGE_LENGTH,
  MAX_PER_PAGE,
} from '../../../shared/limits';
import { assistantView, type EditableProfile } from '../assistants';
import { isPlainObject, json, type ApiResponse, type RequestContext } from '../http';
import type { SimulatorState } from '../state';
import { isTimeZone } from '../../../shared/time/wallClock';
import { formatTimestamp } from '../time';
import { characterCount, LaravelValidator, laravelMessages } from '../validation';
import { readBuiltInTools, readToolIds } from './toolsPatch';

export const DEMO_ACCOUNT = { name: 'Demo Account', email: 'demo@example.com' };

export const getAccount = (state: SimulatorState): ApiResponse =>
  json(200, { ...DEMO_ACCOUNT, total_balance: state.billing.balanceUsd() });

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

const optionalText = (
  validator: LaravelValidator,
  field: string,
  value: unknown,
  maxCharacters?: number,
): string | null | undefined => {
  if (value === undefined || value === null) return value;
  if (typeof value !== 'string') return validator.fail(field, laravelMessages.string(field));
  if (maxCharacters !== undefined && characterCount(value) > maxCharacters) {
    return validator.fail(field, laravelMessages.maxCharacters(field, maxCharacters));
  }
  return value;
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
