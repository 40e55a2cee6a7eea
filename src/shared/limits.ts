/** Limits documented by Famulor (famulor-api.md) and enforced on both sides of the boundary. */
/** send-message only; generate-reply documents no limit. Counted in characters (code points). */
export const MAX_MESSAGE_LENGTH = 2000;
/** initial_message on assistant create and update. */
export const MAX_INITIAL_MESSAGE_LENGTH = 200;
export const MAX_CUSTOMER_IDENTIFIER_LENGTH = 255;
export const GENERATE_REPLY_PER_MINUTE = 5;
export const MAX_PER_PAGE = 100;
export const DEFAULT_CONVERSATIONS_PER_PAGE = 15;
export const DEFAULT_ASSISTANTS_PER_PAGE = 10;
export const WIDGET_MESSAGE_COST_USD = 0.01;

/** Generic bounds for strings crossing the IPC boundary, so no channel accepts unbounded input. */
export const MAX_ID_LENGTH = 200;
export const MAX_NAME_LENGTH = 200;
export const MAX_TEXT_LENGTH = 100_000;
