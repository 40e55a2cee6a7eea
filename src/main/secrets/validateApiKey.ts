import { AppFailure } from '../../shared/result';

export const MIN_API_KEY_LENGTH = 8;
export const MAX_API_KEY_LENGTH = 512;

// Printable ASCII without the space: what Famulor issues, and what survives a Bearer header unchanged.
const API_KEY = /^[\x21-\x7e]+$/;

const invalid = (message: string) =>
  new AppFailure({ code: 'validation', message, fieldErrors: { key: [message] } });

/** Returns the trimmed key or explains what is wrong with it, without ever repeating the key. */
export const validateApiKey = (raw: string): string => {
  const key = raw.trim();
  if (key.length === 0) throw invalid('Paste the API key from the Famulor web app.');
  if (/\s/.test(key))
    throw invalid('An API key has no spaces or line breaks; check that only the key was copied.');
  if (!API_KEY.test(key)) throw invalid('An API key consists of printable ASCII characters only.');
  if (key.length < MIN_API_KEY_LENGTH || key.length > MAX_API_KEY_LENGTH) {
    throw invalid(
      `An API key is ${MIN_API_KEY_LENGTH} to ${MAX_API_KEY_LENGTH} characters long; this one has ${key.length}.`,
    );
  }
  return key;
};

export const lastFourOf = (key: string): string => key.slice(-4);

/** Removes a key from text that is about to be shown or logged (error messages of native libraries). */
export const withoutKey = (text: string, key: string | undefined): string =>
  key && key.length > 0 ? text.split(key).join('[key]') : text;
