/**
 * The `errorCode` with which main's `exports:check` refuses a file that holds a stored key; the renderer
 * recognises it to say so in its own words. Kept apart from the channel so the menus need no zod.
 */
export const EXPORT_HOLDS_KEY = 'export_holds_key';

/**
 * An export goes to main's check in pieces (a 10,000-message thread is megabytes, more than one request of
 * the browser mode carries). Pieces overlap by more than the longest form of the longest key main accepts
 * (4,096 characters, percent-encoded at most 9 characters each), so every occurrence lies whole in one piece.
 */
export const CHECK_CHUNK_LENGTH = 256 * 1024;
export const CHECK_OVERLAP_LENGTH = 64 * 1024;

/** The pieces of `text` main checks, each at most CHECK_CHUNK_LENGTH + CHECK_OVERLAP_LENGTH long. */
export const checkChunks = (text: string): string[] => {
  const chunks: string[] = [];
  for (let start = 0; ; start += CHECK_CHUNK_LENGTH) {
    const end = start + CHECK_CHUNK_LENGTH + CHECK_OVERLAP_LENGTH;
    chunks.push(text.slice(start, end));
    if (end >= text.length) return chunks;
  }
};
