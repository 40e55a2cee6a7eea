import type { AssistantDraft } from '../../shared/domain/assistantDraft';
import type { AssistantChanges } from '../../shared/domain/assistantWrites';
import { PUSHED_FIELDS, type PushedField, type PushPlan } from '../../shared/domain/assistantLab';
import { sameJson } from '../../shared/domain/sameJson';

/**
 * What a push sends, from three states: `base` (the assistant as it was when the draft was started), `current`
 * (as Famulor has it now, read fresh) and the `draft`. A field the draft did not change is not sent, so a change
 * made meanwhile in Famulor's web app survives; one both changed differently is a conflict the person decides.
 * Unknown custom tools (null) are never sent: the list cannot show them, so "unchanged" is all that is known.
 */
/** Fields whose null means "not known" or "as listed", never "remove": a push leaves them alone. */
const NOT_SENT_AS_NULL: ReadonlySet<PushedField> = new Set([
  'toolIds',
  'llmModelId',
  'timezone',
  'languageId',
]);

export const planPush = (base: AssistantDraft, current: AssistantDraft, draft: AssistantDraft): PushPlan => {
  const changes: AssistantChanges = {};
  const conflicts: PushedField[] = [];
  const keptRemote: PushedField[] = [];
  for (const field of PUSHED_FIELDS) {
    const drafted = draft[field];
    if (drafted === null && NOT_SENT_AS_NULL.has(field)) continue;
    const draftChanged = !sameJson(drafted, base[field]);
    const remoteChanged = !sameJson(current[field], base[field]);
    if (remoteChanged && !draftChanged) keptRemote.push(field);
    if (!draftChanged || sameJson(drafted, current[field])) continue;
    if (remoteChanged) conflicts.push(field);
    Object.assign(changes, { [field]: drafted });
  }
  return { changes, conflicts, keptRemote };
};
