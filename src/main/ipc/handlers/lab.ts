import type { labChannels } from '../../../shared/ipc/channels/lab';
import type { AssistantLab } from '../../assistantLab/lab';
import type { HandlerGroup } from '../handlerTypes';

/** The prompt lab's channels, on the active profile's account. */
export const labHandlers = ({ lab }: { lab: AssistantLab }): HandlerGroup<keyof typeof labChannels> => ({
  'lab:open': ({ assistantId }) => lab.open(assistantId),
  'lab:saveDraft': async ({ assistantId, draft, note }) => lab.saveDraft(assistantId, draft, note),
  'lab:try': ({ assistantId, draft }) => lab.tryDraft(assistantId, draft),
  'lab:discard': async ({ assistantId }) => {
    await lab.discard(assistantId);
    return {};
  },
  'lab:leftovers': async () => lab.leftovers(),
  'lab:previewPush': ({ assistantId, draft }) => lab.previewPush(assistantId, draft),
  'lab:push': (input) => lab.push(input),
  'lab:models': ({ type }) => lab.models(type),
  'lab:languages': () => lab.languages(),
});
