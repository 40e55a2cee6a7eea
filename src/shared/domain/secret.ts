import { z } from 'zod';

/** Where a key is kept, and what main may tell the renderer about keys and the places that hold them. */
export const SecretBackendSchema = z.enum(['keychain', 'safeStorage', 'memory']);
export type SecretBackend = z.infer<typeof SecretBackendSchema>;

/** All the renderer ever learns about a key. */
export const SecretStatusSchema = z.object({
  hasKey: z.boolean(),
  lastFour: z.string().nullable(),
  backend: SecretBackendSchema.nullable(),
});
export type SecretStatus = z.infer<typeof SecretStatusSchema>;

/** What makes the keychain module loadable again when it was not built at install time, per OS. */
export const KeychainFixSchema = z.enum(['linuxLibsecret', 'macosReinstall', 'windowsReinstall']);
export type KeychainFix = z.infer<typeof KeychainFixSchema>;

/** Why Electron's safeStorage must not hold a key here; the renderer words each one. */
export const SafeStorageProblemSchema = z.enum([
  /** There is no Electron safeStorage outside the desktop app (browser mode). */
  'desktopOnly',
  'encryptionUnavailable',
  /** Linux's basic_text backend encrypts with a fixed password anyone can use. */
  'basicText',
  /** A Linux backend that is none of the real keyrings; `safeStorageBackend` names it. */
  'unknownBackend',
]);
export type SafeStorageProblem = z.infer<typeof SafeStorageProblemSchema>;

export const SecretAvailabilitySchema = z.object({
  keychain: z.enum(['available', 'unavailable']),
  reason: z.string().optional(),
  /** Set when the keychain module itself is missing; the renderer says what to install instead of `reason`. */
  keychainFix: KeychainFixSchema.optional(),
  safeStorage: z.enum(['available', 'unavailable']),
  safeStorageProblem: SafeStorageProblemSchema.optional(),
  safeStorageBackend: z.string().max(64).optional(),
});
export type SecretAvailability = z.infer<typeof SecretAvailabilitySchema>;
