/** Limits documented by Famulor (famulor-api.md) and enforced on both sides of the boundary. */
/** send-message only; generate-reply documents no limit. Counted in characters (code points). */
export const MAX_MESSAGE_LENGTH = 2000;
/** initial_message on assistant create and update. */
export const MAX_INITIAL_MESSAGE_LENGTH = 200;
export const MAX_CUSTOMER_IDENTIFIER_LENGTH = 255;
export const GENERATE_REPLY_PER_MINUTE = 5;

/** A rolling (client) or fixed (server) window: at most `limit` requests per `windowMs`. */
export interface RateWindow {
  limit: number;
  windowMs: number;
}
/** generate-reply: 5 requests a minute per API token. */
export const GENERATE_REPLY_WINDOWS: readonly RateWindow[] = [
  { limit: GENERATE_REPLY_PER_MINUTE, windowMs: 60_000 },
];
/** The account-wide limit of the authentication guide: 100 requests a minute, bursts of 20 per 10 seconds. */
export const ACCOUNT_WINDOWS: readonly RateWindow[] = [
  { limit: 20, windowMs: 10_000 },
  { limit: 100, windowMs: 60_000 },
];
/** WhatsApp's longest message (send-freeform), counted in characters. */
export const MAX_WHATSAPP_MESSAGE_LENGTH = 4096;
/** send-freeform and send (template): 5 requests a second per user. */
export const WHATSAPP_SENDS_PER_SECOND = 5;
export const WHATSAPP_SEND_WINDOWS: readonly RateWindow[] = [
  { limit: WHATSAPP_SENDS_PER_SECOND, windowMs: 1000 },
];
export const MAX_PER_PAGE = 100;
export const DEFAULT_CONVERSATIONS_PER_PAGE = 15;
export const DEFAULT_ASSISTANTS_PER_PAGE = 10;
export const WIDGET_MESSAGE_COST_USD = 0.01;

/** Generic bounds for strings crossing the IPC boundary, so no channel accepts unbounded input. */
export const MAX_ID_LENGTH = 200;
/** Longest query the sessions search takes; a person's search is a few words. */
export const MAX_SEARCH_QUERY_LENGTH = 200;
export const MAX_NAME_LENGTH = 200;
export const MAX_TEXT_LENGTH = 100_000;

/**
 * The largest input a channel accepts, in bytes of its JSON: every channel declares one in the contract, and
 * the browser host refuses a larger request body before reading it into memory. Most inputs are small; a
 * session (its whole transcript) and an import file are the large ones.
 */
export const MEBIBYTE = 1024 * 1024;
export const DEFAULT_MAX_INPUT_BYTES = 1 * MEBIBYTE;
export const MAX_SESSION_INPUT_BYTES = 64 * MEBIBYTE;
export const MAX_IMPORT_BYTES = 50 * MEBIBYTE;
/** An import's JSON text travels as a string, so quotes and line breaks in it are escaped once more. */
export const MAX_IMPORT_INPUT_BYTES = 96 * MEBIBYTE;
