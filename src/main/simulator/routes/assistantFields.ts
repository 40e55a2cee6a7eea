import type { JsonValue } from '../../../shared/domain/famulor';
import {
  BUILT_IN_TOOL_TYPES,
  REQUIRED_TOOL_FIELDS,
  type BuiltInToolType,
} from '../../../shared/domain/tools';
import { modelsOfMode, type AssistantMode } from '../catalogue';
import { isPlainObject } from '../http';
import type { SimulatorState } from '../state';
import { characterCount, laravelMessages, type LaravelValidator } from '../validation';

/** A built-in tool in the read shape the list shows. */
type BuiltInToolRead = { type: BuiltInToolType; data: Record<string, JsonValue> };

const isBuiltInType = (type: unknown): type is BuiltInToolType =>
  typeof type === 'string' && (BUILT_IN_TOOL_TYPES as readonly string[]).includes(type);

const isMissing = (value: unknown) => value === undefined || value === null || value === '';

// The writable fields of an assistant, read as POST and PUT /user/assistant take them (Laravel's validation).

/**
 * `tools` of POST and PUT /user/assistant: flat built-in tools `{type, …fields}`, stored in the read shape the list
 * shows (`{type, data}`). A `data` field means the caller sent the list's items back, which Famulor's write
 * shape does not take; it is refused, as are unknown types and missing required fields.
 */
export const readBuiltInTools = (
  validator: LaravelValidator,
  value: unknown,
): BuiltInToolRead[] | undefined => {
  if (value === undefined) return undefined;
  if (value === null) return [];
  if (!Array.isArray(value)) return validator.fail('tools', laravelMessages.array('tools'));
  const tools: BuiltInToolRead[] = [];
  value.forEach((item: unknown, index) => {
    const field = `tools.${index}`;
    if (!isPlainObject(item)) return validator.fail(field, laravelMessages.array(field));
    const { type, ...fields } = item;
    if ('data' in fields) validator.fail(`${field}.data`, laravelMessages.prohibited(`${field}.data`));
    if (isMissing(type)) return validator.fail(`${field}.type`, laravelMessages.required(`${field}.type`));
    if (!isBuiltInType(type)) {
      return validator.fail(`${field}.type`, laravelMessages.selectedInvalid(`${field}.type`));
    }
    for (const required of REQUIRED_TOOL_FIELDS[type]) {
      if (isMissing(fields[required])) {
        validator.fail(`${field}.${required}`, laravelMessages.required(`${field}.${required}`));
      }
    }
    // A parsed JSON body holds JSON values only.
    tools.push({ type, data: fields as Record<string, JsonValue> });
  });
  return tools;
};

/** `tool_ids`: the account's custom mid-call tools; replaces all assignments, `[]` removes them. */
export const readToolIds = (
  validator: LaravelValidator,
  state: SimulatorState,
  value: unknown,
): number[] | undefined => {
  if (value === undefined) return undefined;
  if (value === null) return [];
  if (!Array.isArray(value)) return validator.fail('tool_ids', laravelMessages.array('tool_ids'));
  const known = new Set(state.assistants.midCallTools().map((tool) => tool.id));
  const ids: number[] = [];
  value.forEach((id: unknown, index) => {
    if (typeof id === 'number' && known.has(id)) ids.push(id);
    else validator.fail(`tool_ids.${index}`, laravelMessages.selectedInvalid(`tool_ids.${index}`));
  });
  return ids;
};

/** `llm_model_id` / `multimodal_model_id`: one of the catalogue's models for the mode (catalogue.ts). */
export const readModelId = (
  validator: LaravelValidator,
  field: string,
  value: unknown,
  mode: AssistantMode,
): number | undefined => {
  const id = validator.requiredInteger(field, value);
  if (id === undefined) return undefined;
  if (!modelsOfMode(mode).some((model) => model.id === id))
    return validator.fail(field, laravelMessages.selectedInvalid(field));
  return id;
};

/** An optional text field; `null` clears it, `undefined` (not sent) leaves it. */
export const optionalText = (
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
