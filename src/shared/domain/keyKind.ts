import { z } from 'zod';

/**
 * The two keys a profile can hold. `api` is the ordinary Famulor API key every call uses. `automate` is the
 * account's Automate API key, which Famulor's takeover pages (POST /automate/conversations/{uuid}/disable-ai and
 * /enable-ai) ask for as the Bearer token; it is optional, and takeover falls back to the API key without it.
 */
export const KeyKindSchema = z.enum(['api', 'automate']);
export type KeyKind = z.infer<typeof KeyKindSchema>;
