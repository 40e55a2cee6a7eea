import type { AssistantDraft } from '../domain/assistantDraft';

/** Clara as a prompt-lab draft, for the lab's tests in main and in the renderer; each changes what it is about. */
export const claraDraft = (change: Partial<AssistantDraft> = {}): AssistantDraft => ({
  name: 'Clara',
  initialMessage: 'Hello.',
  systemPrompt: 'You are Clara.',
  variables: {},
  llmModelId: 2,
  tools: [],
  toolIds: null,
  timezone: 'Europe/Berlin',
  languageId: 1,
  ...change,
});
