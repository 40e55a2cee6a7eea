import { z } from 'zod';
import type {
  AssistantLanguage,
  AssistantModel,
  WrittenAssistant,
} from '../../shared/domain/assistantWrites';
import { integer, optionalText } from './rawSchemas';

/** The answers of the assistant pages' writes and the model list (en/api-reference/assistants/*). */

/**
 * Create and update: `{message: "Assistant created/updated successfully", data: {id, name, status, type, mode}}`.
 */
export const WrittenAssistantResponse = z
  .object({
    data: z.object({
      id: integer,
      name: z.string(),
      status: optionalText,
      type: optionalText,
      mode: optionalText,
    }),
  })
  .transform(({ data }): WrittenAssistant => ({
    id: data.id,
    name: data.name,
    status: data.status,
    type: data.type,
    mode: data.mode,
  }));

/** Delete: `{message: "Assistant deleted successfully"}`. */
export const DeletedAssistantResponse = z
  .object({ message: z.string() })
  .transform((): { deleted: true } => ({ deleted: true }));

const ModelRaw = z
  .object({ id: integer, name: z.string(), code: optionalText })
  .transform((raw): AssistantModel => ({ id: raw.id, name: raw.name, code: raw.code }));

/**
 * The models page describes `{data: [...]}` but its examples show a bare array: both are read.
 */
export const ModelsResponse = z
  .union([z.object({ data: z.array(ModelRaw) }), z.array(ModelRaw)])
  .transform((raw): AssistantModel[] => (Array.isArray(raw) ? raw : raw.data));

/** The languages page: a bare array of `{id, name, iso_2}`. */
export const LanguagesResponse = z
  .array(z.object({ id: integer, name: z.string(), iso_2: z.string() }))
  .transform((raw): AssistantLanguage[] => raw.map(({ id, name, iso_2 }) => ({ id, name, code: iso_2 })));
