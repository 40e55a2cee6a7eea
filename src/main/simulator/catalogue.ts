import { ASSISTANT_MODES } from '../../shared/domain/assistantWrites';

/**
 * What the simulated account can choose from when it creates or changes an assistant: the models and languages
 * of Famulor's reference (its examples' ids and names, GET /user/assistants/models and /languages), no more.
 */

export { ASSISTANT_MODES };
/** The engine modes of POST /user/assistant; `pipeline` needs an LLM, the other two a multimodal model. */
export type AssistantMode = (typeof ASSISTANT_MODES)[number];

export type CatalogueModel = {
  id: number;
  name: string;
  /** Only multimodal/dualplex models have one. */
  code?: string;
};

/** `type=llm` (the default): the models a pipeline assistant's `llm_model_id` names. */
export const LLM_MODELS: readonly CatalogueModel[] = [
  { id: 1, name: 'GPT-4o-mini' },
  { id: 2, name: 'GPT-4.1-mini' },
];

/** `type=multimodal` or `dualplex`: the models `multimodal_model_id` names. */
export const MULTIMODAL_MODELS: readonly CatalogueModel[] = [
  { id: 1, name: 'GPT-4o', code: 'gpt-4o-realtime' },
  { id: 4, name: 'GPT Realtime', code: 'gpt-realtime' },
];

/** GET /user/assistants/languages, a bare array as the reference shows it. */
export const LANGUAGES: readonly { id: number; name: string; iso_2: string }[] = [
  { id: 1, name: 'English', iso_2: 'en' },
  { id: 2, name: 'Romanian', iso_2: 'ro' },
  { id: 3, name: 'French', iso_2: 'fr' },
  { id: 4, name: 'Spanish', iso_2: 'es' },
  { id: 5, name: 'German', iso_2: 'de' },
  { id: 6, name: 'Lithuanian', iso_2: 'lt' },
  { id: 7, name: 'Italian', iso_2: 'it' },
  { id: 8, name: 'Arabic', iso_2: 'ar' },
  { id: 9, name: 'Portuguese', iso_2: 'pt' },
  { id: 10, name: 'Danish', iso_2: 'da' },
];

export const modelsOfMode = (mode: AssistantMode): readonly CatalogueModel[] =>
  mode === 'pipeline' ? LLM_MODELS : MULTIMODAL_MODELS;
