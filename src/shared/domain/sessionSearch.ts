import { z } from 'zod';
import { SessionIdSchema, TranscriptRoleSchema } from './session';
import { MAX_ID_LENGTH } from '../limits';

/** A session that contains every word of a search, and where the most telling word first occurs in a message. */
export const SessionSearchHitSchema = z.object({
  sessionId: SessionIdSchema,
  /** How often that word occurs in the session (name, assistant names and messages). */
  count: z.number().int().positive(),
  /** Null when it occurs only in the session's name or an assistant's name. */
  snippet: z
    .object({
      paneId: z.string().max(MAX_ID_LENGTH),
      entryId: z.string().max(MAX_ID_LENGTH),
      role: TranscriptRoleSchema,
      /** The message around the word, as written (cut with "…"), so the renderer can mark `match`. */
      before: z.string(),
      match: z.string(),
      after: z.string(),
    })
    .nullable(),
});
export type SessionSearchHit = z.infer<typeof SessionSearchHitSchema>;
