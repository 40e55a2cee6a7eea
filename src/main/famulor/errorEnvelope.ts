import { z } from 'zod';

/**
 * Every error body Famulor documents, read field by field: `{status:false,error}` (chat endpoints),
 * `{success:false,error,error_code}` (generate-reply), Laravel `{message,errors}`, the auth guide's
 * `{error,message}`, plain `{error:"Unauthorized"}` and 429 bodies with `retry_after`. A field of an
 * unexpected type is ignored rather than failing the whole body: an error must always be reportable.
 */
const text = z.string().optional().catch(undefined);
const fieldMessages = z
  .union([z.array(z.string()), z.string().transform((message) => [message])])
  .optional()
  .catch(undefined);

const ErrorEnvelopeSchema = z.object({
  status: z.unknown().optional(),
  success: z.unknown().optional(),
  error: text,
  message: text,
  error_code: text,
  errors: z.record(z.string(), fieldMessages).optional().catch(undefined),
  retry_after: z.union([z.number(), z.string()]).optional().catch(undefined),
});

export interface ErrorEnvelope {
  /** Famulor's own words: `error` and `message` joined when both are present and differ. */
  text?: string;
  errorCode?: string;
  fieldErrors?: Record<string, string[]>;
  retryAfter?: number | string;
  /** `status:false` or `success:false`: a failure even when the HTTP status says 200. */
  explicitFailure: boolean;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const readErrorEnvelope = (body: unknown): ErrorEnvelope => {
  if (!isObject(body)) return { explicitFailure: false };
  const envelope = ErrorEnvelopeSchema.parse(body);
  const texts = [envelope.error, envelope.message].filter((part): part is string => !!part?.trim());
  const fieldErrors = envelope.errors
    ? Object.fromEntries(
        Object.entries(envelope.errors).filter(
          (entry): entry is [string, string[]] => entry[1] !== undefined,
        ),
      )
    : undefined;
  return {
    text: texts.length > 0 ? [...new Set(texts)].join(' — ') : undefined,
    errorCode: envelope.error_code,
    fieldErrors: fieldErrors && Object.keys(fieldErrors).length > 0 ? fieldErrors : undefined,
    retryAfter: envelope.retry_after,
    explicitFailure: envelope.status === false || envelope.success === false,
  };
};
