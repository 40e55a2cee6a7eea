/**
 * The session file's constants, kept apart from its zod schemas (session.ts) so that the renderer's first load,
 * which needs them for exports and replay scripts, does not bring zod with it.
 */
export const SESSION_SCHEMA_VERSION = 4;
export const SESSION_EXPORT_FORMAT = 'famulor-playground-sessions';
export const MAX_SCRIPT_NAME_LENGTH = 120;
