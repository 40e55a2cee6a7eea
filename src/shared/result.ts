import { z } from 'zod';
import { KeyKindSchema } from './domain/keyKind';
import { ErrorParamsSchema, ErrorReasonSchema, FieldIssueSchema } from './errorReasons';

/**
 * Errors cross the IPC/HTTP boundary as data: only an Error's message would survive Electron's IPC, and
 * the UI needs the code, the retry delay and Famulor's own text to tell a person what to do. Main returns
 * codes and parameters only; the renderer words them (renderer/lib/describeError.ts), in English and German.
 */
export const ERROR_CODES = [
  'unauthorized',
  'forbidden',
  'not_found',
  'insufficient_balance',
  'validation',
  'rate_limited',
  'network',
  'timeout',
  'server',
  'cancelled',
  /** The request was larger than its channel accepts (`sizeBytes`, `limitBytes`). */
  'too_large',
  'keychain',
  'storage',
  'internal',
] as const;

export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const AppErrorSchema = z.object({
  code: ErrorCodeSchema,
  /** The situation, finer than the code: what the renderer words. */
  reason: ErrorReasonSchema,
  /** The numbers and names the reason's sentence needs. */
  params: ErrorParamsSchema.optional(),
  /** For developers and logs only (English, may name a native library's failure); never shown. */
  diagnostic: z.string().optional(),
  /** HTTP status of the Famulor (or simulator) answer, when there was one. */
  status: z.number().int().optional(),
  /** How long to wait before trying again (429s, paced generate-reply calls). */
  retryAfterMs: z.number().nonnegative().optional(),
  /** Famulor's own error text, verbatim. */
  famulorError: z.string().optional(),
  /** Famulor's `error_code` (generate-reply errors). */
  errorCode: z.string().optional(),
  /** Famulor's own field errors (its Laravel `errors`), verbatim, by field path: shown labelled as Famulor's. */
  fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
  /** Our own validation's field problems, by field path: which rule, and its limit. */
  fieldIssues: z.record(z.string(), z.array(FieldIssueSchema)).optional(),
  details: z.string().optional(),
  /** For `too_large`: how large the request was and the most its channel accepts, in bytes. */
  sizeBytes: z.number().int().nonnegative().optional(),
  limitBytes: z.number().int().nonnegative().optional(),
  /** For a takeover's `unauthorized`: which of the profile's keys Famulor refused, so the UI can name the other. */
  keyKind: KeyKindSchema.optional(),
});
export type AppError = z.infer<typeof AppErrorSchema>;

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = (error: AppError): Result<never> => ({ ok: false, error });

/** Thrown inside main by services and handlers; the dispatcher turns it into a failed Result. */
export class AppFailure extends Error {
  readonly error: AppError;
  constructor(error: AppError) {
    super(error.diagnostic ?? error.reason);
    this.name = 'AppFailure';
    this.error = error;
  }
}

export const resultSchema = <T extends z.ZodType>(data: T) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data }),
    z.object({ ok: z.literal(false), error: AppErrorSchema }),
  ]);
