import type { ErrorCode } from '../../shared/result';
import type { ErrorReason, FieldRule } from '../../shared/errorReasons';

/**
 * Every error's words. Typed by the shared lists, so a code, reason or rule without a sentence (in either
 * language) fails the type-check; main sends only the code, the reason and their parameters.
 */
type Sentences<K extends string> = Record<K, string>;
export interface ErrorStrings {
  errors: {
    code: Sentences<ErrorCode>;
    reason: Sentences<ErrorReason>;
    rule: Sentences<FieldRule>;
    ruleWithLimit: Sentences<'too_long' | 'too_short' | 'too_big' | 'too_small'>;
    field: string;
    famulorSaid: string;
    famulorField: string;
    whole: string;
  };
}
