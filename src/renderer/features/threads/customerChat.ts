import type { GeneratedReply, Variables } from '../../../shared/domain/famulor';
import type { AppError } from '../../../shared/result';
import { parseVariablesJson } from '../variables';
import { checkCustomerIdentifier, type IdentifierCheck } from './customerIdentifier';

/** One exchange of the customer chat panel: what was sent, and what came back. */
export interface ChatTurn {
  id: number;
  customerIdentifier: string;
  message: string;
  reply: GeneratedReply | null;
  error: AppError | null;
}

export interface ChatDraft {
  assistantId: string;
  customerIdentifier: string;
  variablesText: string;
  message: string;
}

export type DraftProblem =
  | { field: 'assistantId' }
  | { field: 'customerIdentifier'; check: IdentifierCheck }
  | { field: 'variables'; line: number; column: number }
  | { field: 'message' };

export type CheckedDraft =
  | {
      ok: true;
      input: { assistantId: number; customerIdentifier: string; message: string; variables?: Variables };
    }
  | { ok: false; problems: DraftProblem[] };

/** Everything the panel checks before sending, so Famulor's 422s are the exception rather than the feedback. */
export const checkDraft = (draft: ChatDraft): CheckedDraft => {
  const problems: DraftProblem[] = [];
  const assistantText = draft.assistantId.trim();
  if (!/^[1-9]\d{0,9}$/.test(assistantText)) problems.push({ field: 'assistantId' });
  const identifier = checkCustomerIdentifier(draft.customerIdentifier);
  if (identifier.problem) problems.push({ field: 'customerIdentifier', check: identifier });
  const variables = parseVariablesJson(draft.variablesText);
  if (!variables.ok)
    problems.push({ field: 'variables', line: variables.problem.line, column: variables.problem.column });
  // No maximum: generate-reply documents none (the 2,000 characters are send-message's).
  if (draft.message.trim() === '') problems.push({ field: 'message' });
  if (problems.length > 0 || !variables.ok) return { ok: false, problems };
  const hasVariables = Object.keys(variables.variables).length > 0;
  return {
    ok: true,
    input: {
      assistantId: Number(assistantText),
      customerIdentifier: draft.customerIdentifier.trim(),
      message: draft.message,
      ...(hasVariables ? { variables: variables.variables } : {}),
    },
  };
};
