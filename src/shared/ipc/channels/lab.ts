import { z } from 'zod';
import { AssistantDraftSchema } from '../../domain/assistantDraft';
import { AssistantVersionSchema, PushPlanSchema, ScratchCopySchema } from '../../domain/assistantLab';
import { AssistantLanguageSchema, AssistantModelSchema, ModelTypeSchema } from '../../domain/assistantWrites';
import { AssistantSchema, JsonValueSchema } from '../../domain/famulor';
import { channel } from '../channel';

const AssistantId = z.number().int().positive();
const Note = z.string().max(500);

/** The prompt lab: an assistant of the active profile's account, its versions, scratch copies and pushes. */
export const labChannels = {
  /** Reads the assistant fresh from Famulor; the first open keeps it as the "original" version. */
  'lab:open': channel(
    z.strictObject({ assistantId: AssistantId }),
    z.object({
      assistant: AssistantSchema,
      current: AssistantDraftSchema,
      versions: z.array(AssistantVersionSchema),
      unwritableTools: z.array(JsonValueSchema),
    }),
  ),
  'lab:saveDraft': channel(
    z.strictObject({ assistantId: AssistantId, draft: AssistantDraftSchema, note: Note }),
    AssistantVersionSchema,
  ),
  /** A scratch copy with the draft's settings, switched on, to talk to beside the original. */
  'lab:try': channel(
    z.strictObject({ assistantId: AssistantId, draft: AssistantDraftSchema }),
    ScratchCopySchema,
  ),
  /** Deletes one of the lab's own scratch copies. */
  'lab:discard': channel(z.strictObject({ assistantId: AssistantId }), z.object({})),
  /** Scratch copies of the active profile still on record (a comparison the app was killed in). */
  'lab:leftovers': channel(z.strictObject({}), z.array(ScratchCopySchema)),
  'lab:previewPush': channel(
    z.strictObject({ assistantId: AssistantId, draft: AssistantDraftSchema }),
    PushPlanSchema,
  ),
  'lab:push': channel(
    z.strictObject({
      assistantId: AssistantId,
      draft: AssistantDraftSchema,
      note: Note,
      overrideConflicts: z.boolean(),
    }),
    z.object({ version: AssistantVersionSchema, plan: PushPlanSchema }),
  ),
  'lab:models': channel(z.strictObject({ type: ModelTypeSchema }), z.array(AssistantModelSchema)),
  'lab:languages': channel(z.strictObject({}), z.array(AssistantLanguageSchema)),
};
