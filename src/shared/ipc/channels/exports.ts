import { z } from 'zod';
import { CHECK_CHUNK_LENGTH, CHECK_OVERLAP_LENGTH } from '../../export/keyCheck';
import { channel } from '../channel';

/**
 * Every file the renderer builds for download (a session or a thread as Markdown, JSON or HTML) passes main
 * on its way out, piece by piece (checkChunks): main alone knows the stored keys and refuses a piece in which
 * one appears, in any form; the renderer saves the file only when every piece passed.
 */
export const exportChannels = {
  'exports:check': channel(
    z.strictObject({ text: z.string().max(CHECK_CHUNK_LENGTH + CHECK_OVERLAP_LENGTH) }),
    z.object({ clean: z.literal(true) }),
  ),
};
