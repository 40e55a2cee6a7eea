import { containsSecret } from '../famulor/redact';

// Short strings would match ordinary text; real keys are at least 8 characters (see validateApiKey).
const MIN_SCANNED_KEY_LENGTH = 8;

/**
 * Whether any of the stored keys appears in a text about to leave the app (an export): verbatim, in another
 * case, base64 or percent-encoded. Sessions never hold keys by construction; a key pasted into a message, a
 * note or a variable must still not end up in a file.
 */
export const containsKnownKey = (text: string, keys: readonly string[]): boolean =>
  keys.some((key) => key.length >= MIN_SCANNED_KEY_LENGTH && containsSecret(text, key));
