import { z } from 'zod';
import type { ErrorReason } from '../errorReasons';
import { MAX_ID_LENGTH, MAX_NAME_LENGTH } from '../limits';

/**
 * A connection profile: where requests go and which keychain entry holds the key (the account is the
 * profile id). "Offline demo" is built in: it talks to the simulator that runs inside the app.
 */

export const OFFLINE_DEMO_PROFILE_ID = 'offline-demo';
export const DEFAULT_BASE_URL = 'https://app.famulor.de/api';
/** Documented since May 2026; the older /ai/generate-reply was dropped from the reference. */
export const DEFAULT_GENERATE_REPLY_PATH = '/user/ai/generate-reply';

export const ProfileKindSchema = z.enum(['simulator', 'remote']);
export type ProfileKind = z.infer<typeof ProfileKindSchema>;

// Plain http would put the key on the wire; only a local simulator may be reached that way.
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** What is wrong with a base URL, as the reason the interface words; null when it can be used. */
export const baseUrlProblem = (value: string): ErrorReason | null => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'base_url_invalid';
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
  if (!secure) return 'base_url_insecure';
  if (url.username || url.password || url.search || url.hash) {
    return 'base_url_has_extras';
  }
  return null;
};

export const BaseUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .superRefine((value, context) => {
    const problem = baseUrlProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

export const GenerateReplyPathSchema = z
  .string()
  .trim()
  .regex(/^(\/[A-Za-z0-9._~-]+)+$/, 'The generate-reply path must look like /user/ai/generate-reply.')
  .refine((path) => !path.split('/').some((segment) => segment === '.' || segment === '..'), {
    message: 'The generate-reply path must not contain "." or ".." segments.',
  });

export const ProfileIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'A profile id is 1 to 64 letters, digits, "-" or "_".')
  .max(MAX_ID_LENGTH);
export type ProfileId = z.infer<typeof ProfileIdSchema>;

export const ProfileNameSchema = z
  .string()
  .trim()
  .min(1, 'A profile needs a name.')
  .max(MAX_NAME_LENGTH, `A profile name has at most ${MAX_NAME_LENGTH} characters.`);

export const ProfileSchema = z.object({
  id: ProfileIdSchema,
  name: ProfileNameSchema,
  baseUrl: BaseUrlSchema,
  generateReplyPath: GenerateReplyPathSchema,
  kind: ProfileKindSchema,
});
export type Profile = z.infer<typeof ProfileSchema>;

/** What a person fills in to create a profile; the id is assigned by the store. */
export const ProfileInputSchema = z.object({
  name: ProfileNameSchema,
  baseUrl: BaseUrlSchema.default(DEFAULT_BASE_URL),
  generateReplyPath: GenerateReplyPathSchema.default(DEFAULT_GENERATE_REPLY_PATH),
  kind: ProfileKindSchema.default('remote'),
});
export type ProfileInput = z.input<typeof ProfileInputSchema>;

// Spelled out rather than `.partial()`: zod 4 would fill the defaults into a patch and overwrite the profile.
export const ProfilePatchSchema = z.object({
  name: ProfileNameSchema.optional(),
  baseUrl: BaseUrlSchema.optional(),
  generateReplyPath: GenerateReplyPathSchema.optional(),
  kind: ProfileKindSchema.optional(),
});
export type ProfilePatch = z.input<typeof ProfilePatchSchema>;

/**
 * The built-in profile. Its base URL names the simulator's path only: the simulator listens on a random
 * loopback port, so the runtime puts the real origin in front of the path when it starts the simulator.
 */
export const OFFLINE_DEMO_PROFILE: Profile = {
  id: OFFLINE_DEMO_PROFILE_ID,
  name: 'Offline demo',
  baseUrl: 'http://127.0.0.1/api',
  generateReplyPath: DEFAULT_GENERATE_REPLY_PATH,
  kind: 'simulator',
};

/** Whether requests of this profile need an API key (the built-in simulator accepts any). */
export const profileNeedsKey = (profile: Profile): boolean => profile.id !== OFFLINE_DEMO_PROFILE_ID;
