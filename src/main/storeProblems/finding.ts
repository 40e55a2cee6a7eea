import { createHash } from 'node:crypto';
import type { StoreProblem, StoreProblemCode, StoreProblemSubject } from '../../shared/domain/storeProblem';

/** What is wrong with a file, before anything is done about it. */
export interface Finding {
  code: StoreProblemCode;
  params?: StoreProblem['params'];
}

/** A report of a finding about `file`; the id is derived from it, so the same finding is never listed twice. */
export const storeProblem = (
  subject: StoreProblemSubject,
  finding: Finding,
  file: string,
  movedTo: string | null,
): StoreProblem => {
  const params = finding.params ?? {};
  const id = createHash('sha256')
    .update(JSON.stringify([subject, finding.code, params, file, movedTo]))
    .digest('hex')
    .slice(0, 32);
  return { id, subject, code: finding.code, params, file, movedTo };
};
