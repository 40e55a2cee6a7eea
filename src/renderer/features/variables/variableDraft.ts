import type { Variables } from '../../../shared/domain/famulor';
import {
  parseVariablesJson,
  rowsToVariables,
  variablesToJson,
  variablesToRows,
  type JsonProblem,
  type RowsResult,
  type VariableRow,
} from './variablesJson';

/**
 * The variable editor's one source of truth: the table's rows and the raw JSON text, kept in sync. Editing the
 * table rewrites the JSON; editing valid JSON rewrites the table; invalid JSON keeps the table as it was and
 * reports where the JSON went wrong.
 */
export interface VariableDraft {
  rows: VariableRow[];
  json: string;
  jsonProblem: JsonProblem | null;
  rowErrors: RowsResult['errors'];
}

export const draftFromVariables = (variables: Variables): VariableDraft => ({
  rows: variablesToRows(variables),
  json: variablesToJson(variables),
  jsonProblem: null,
  rowErrors: {},
});

export const editRows = (rows: VariableRow[]): VariableDraft => {
  const { variables, errors } = rowsToVariables(rows);
  return { rows, json: variablesToJson(variables), jsonProblem: null, rowErrors: errors };
};

export const editJson = (draft: VariableDraft, json: string): VariableDraft => {
  const parsed = parseVariablesJson(json);
  if (!parsed.ok) return { ...draft, json, jsonProblem: parsed.problem };
  return { rows: variablesToRows(parsed.variables), json, jsonProblem: null, rowErrors: {} };
};

/** The variables the draft stands for, or null while the JSON or a row is invalid. */
export const draftVariables = (draft: VariableDraft): Variables | null => {
  if (draft.jsonProblem || Object.keys(draft.rowErrors).length > 0) return null;
  return rowsToVariables(draft.rows).variables;
};

/** What the table holds now, even while the JSON tab is invalid (the placeholder list keeps showing it). */
export const tableVariables = (draft: VariableDraft): Variables => rowsToVariables(draft.rows).variables;
