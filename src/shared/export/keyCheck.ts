/**
 * The `errorCode` with which main's `exports:check` refuses a file that holds a stored key; the renderer
 * recognises it to say so in its own words. Kept apart from the channel so the menus need no zod.
 */
export const EXPORT_HOLDS_KEY = 'export_holds_key';
