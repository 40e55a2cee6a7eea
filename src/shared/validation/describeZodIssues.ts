import type { z } from 'zod';

/**
 * A zod error's first few issues as `path: message; …`, for logs and diagnostics (never shown as a sentence: the
 * renderer words errors from their codes). `root` names an issue of the value as a whole.
 */
export const describeZodIssues = (
  error: z.ZodError,
  { limit = 3, root = '(root)' }: { limit?: number; root?: string } = {},
): string =>
  error.issues
    .slice(0, limit)
    .map((issue) => `${issue.path.map(String).join('.') || root}: ${issue.message}`)
    .join('; ');
