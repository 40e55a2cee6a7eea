import { z } from 'zod';
import {
  DemoPackIdSchema,
  DemoPackSummarySchema,
  PackAssistantTurnsSchema,
  PackRecordingSchema,
  RecordedConversationSchema,
} from '../../domain/demoPack';
import { MAX_ID_LENGTH, MAX_IMPORT_BYTES, MAX_IMPORT_INPUT_BYTES } from '../../limits';
import { channel } from '../channel';

const PACK_SIZED = { maxInputBytes: MAX_IMPORT_INPUT_BYTES };
const Id = z.strictObject({ id: DemoPackIdSchema });

/** The Offline demo's packs: the shipped ones and the user's, which the built-in simulator serves. */
export const packChannels = {
  'packs:list': channel(z.strictObject({}), z.array(DemoPackSummarySchema)),
  /** A pack file's text; a pack with the same id is replaced only with `replace`. */
  'packs:import': channel(
    z.strictObject({ text: z.string().max(MAX_IMPORT_BYTES), replace: z.boolean() }),
    DemoPackSummarySchema,
    PACK_SIZED,
  ),
  'packs:export': channel(Id, z.object({ fileName: z.string(), text: z.string() })),
  'packs:setEnabled': channel(z.strictObject({ id: DemoPackIdSchema, enabled: z.boolean() }), z.object({})),
  /** An imported pack goes; a built-in pack loses the user's edits. */
  'packs:remove': channel(Id, z.object({})),
  'packs:turns': channel(Id, z.array(PackAssistantTurnsSchema)),
  /** Records a pack from the active profile's account (replay scripts are played as test conversations) and keeps it. */
  'packs:record': channel(PackRecordingSchema, DemoPackSummarySchema),
  'packs:saveTurns': channel(
    z.strictObject({
      id: DemoPackIdSchema,
      uuid: z.string().min(1).max(MAX_ID_LENGTH),
      conversations: z.array(RecordedConversationSchema).max(200),
    }),
    DemoPackSummarySchema,
    PACK_SIZED,
  ),
};
