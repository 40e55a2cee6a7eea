import type { AppError } from '../result';
import type { ErrorReason } from '../errorReasons';

/** Failures that say the way to Famulor or the key does not work, not that Famulor refused one request. */
const BROKEN_CONNECTION: ReadonlySet<ErrorReason> = new Set<ErrorReason>([
  'key_missing_in_request',
  'key_rejected',
  'key_forbidden',
  'no_key',
  'base_url_not_found',
  'redirect_refused',
  'connection_refused',
  'host_not_found',
  'connection_reset',
  'unreachable',
  'no_answer_in_time',
]);

/**
 * Whether a Famulor call's failure means the profile's connection is down (the status bar turns red), as opposed
 * to Famulor answering "no" to that one request (a 422, an unknown conversation, a rate limit), which proves the
 * connection works. A takeover refused for its key (`keyKind`) says nothing about the API key's connection.
 */
export const breaksConnection = (error: AppError): boolean =>
  error.keyKind === undefined && BROKEN_CONNECTION.has(error.reason);
