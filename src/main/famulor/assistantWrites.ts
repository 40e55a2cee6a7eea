import type {
  AssistantChanges,
  AssistantLanguage,
  AssistantModel,
  ModelType,
  NewAssistant,
  WrittenAssistant,
} from '../../shared/domain/assistantWrites';
import type { JsonValue } from '../../shared/domain/famulor';
import {
  DeletedAssistantResponse,
  LanguagesResponse,
  ModelsResponse,
  WrittenAssistantResponse,
} from './assistantRawSchemas';
import { pathSegment } from './requestUrls';
import { sendRequest, type CallOptions, type TransportSettings } from './transport';

/**
 * The assistant writes of a client (famulor-api.md, "Account and assistants"). A create is a POST, never retried
 * once it may have reached Famulor (transport's rule), so a lost answer cannot leave two copies behind.
 */
export interface AssistantWriteCalls {
  createAssistant(input: NewAssistant, options?: CallOptions): Promise<WrittenAssistant>;
  updateAssistant(
    input: { assistantId: number; changes: AssistantChanges },
    options?: CallOptions,
  ): Promise<WrittenAssistant>;
  deleteAssistant(input: { assistantId: number }, options?: CallOptions): Promise<{ deleted: true }>;
  listModels(input: { type?: ModelType }, options?: CallOptions): Promise<AssistantModel[]>;
  listLanguages(options?: CallOptions): Promise<AssistantLanguage[]>;
}

const definedOnly = (fields: [string, JsonValue | undefined][]): { [key: string]: JsonValue } =>
  Object.fromEntries(fields.filter((field): field is [string, JsonValue] => field[1] !== undefined));

/** Only the fields given are sent: Famulor leaves absent fields alone and removes those sent as null. */
const assistantChangesBody = (changes: AssistantChanges) =>
  definedOnly([
    ['name', changes.name],
    ['initial_message', changes.initialMessage],
    ['system_prompt', changes.systemPrompt],
    ['variables', changes.variables],
    ['tools', changes.tools],
    ['tool_ids', changes.toolIds],
    ['llm_model_id', changes.llmModelId],
    ['language_id', changes.languageId],
    ['timezone', changes.timezone],
    ['status', changes.status],
  ]);

/** The create page's fields; the mode's model only (pipeline: `llm_model_id`, else `multimodal_model_id`). */
const newAssistantBody = (assistant: NewAssistant) =>
  definedOnly([
    ['name', assistant.name],
    ['voice_id', assistant.voiceId],
    ['language_id', assistant.languageId],
    ['type', assistant.type],
    ['mode', assistant.mode],
    ['timezone', assistant.timezone],
    ['initial_message', assistant.initialMessage],
    ['system_prompt', assistant.systemPrompt],
    ['llm_model_id', assistant.mode === 'pipeline' ? (assistant.llmModelId ?? undefined) : undefined],
    [
      'multimodal_model_id',
      assistant.mode === 'pipeline' ? undefined : (assistant.multimodalModelId ?? undefined),
    ],
    ['variables', assistant.variables],
    ['tools', assistant.tools],
    ['tool_ids', assistant.toolIds],
    ['knowledgebase_id', assistant.knowledgebaseId ?? undefined],
  ]);

const assistantPath = (assistantId: number) =>
  `/user/assistant/${pathSegment(String(assistantId), 'assistant id')}`;

export const assistantWriteCalls = (settings: TransportSettings): AssistantWriteCalls => ({
  createAssistant: (assistant, callOptions) =>
    sendRequest(
      settings,
      { method: 'POST', path: '/user/assistant', body: newAssistantBody(assistant) },
      WrittenAssistantResponse,
      callOptions,
    ),
  updateAssistant: ({ assistantId, changes }, callOptions) =>
    sendRequest(
      settings,
      { method: 'PUT', path: assistantPath(assistantId), body: assistantChangesBody(changes) },
      WrittenAssistantResponse,
      callOptions,
    ),
  deleteAssistant: ({ assistantId }, callOptions) =>
    sendRequest(
      settings,
      { method: 'DELETE', path: assistantPath(assistantId) },
      DeletedAssistantResponse,
      callOptions,
    ),
  listModels: ({ type }, callOptions) =>
    sendRequest(
      settings,
      { method: 'GET', path: '/user/assistants/models', query: { type } },
      ModelsResponse,
      callOptions,
    ),
  listLanguages: (callOptions) =>
    sendRequest(
      settings,
      { method: 'GET', path: '/user/assistants/languages' },
      LanguagesResponse,
      callOptions,
    ),
});
