import type { JsonValue, Variables } from '../../shared/domain/famulor';
import type { Session } from '../../shared/domain/session';

/**
 * Named variable sets ("Berlin customer", "VIP") live in the session's free `scripts` field as entries with
 * `kind: 'variableSet'`: they are saved with the session (so they survive a restart and travel with exports)
 * without a change to the store's schema. Other features keep their own kinds in the same array; everything
 * that is not a variable set is passed through untouched.
 */
export interface VariableSet {
  id: string;
  name: string;
  variables: Variables;
}

const KIND = 'variableSet';

type ScriptEntry = Record<string, JsonValue>;

const isRecord = (value: JsonValue | undefined): value is Record<string, JsonValue> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const toVariableSet = (entry: ScriptEntry): VariableSet | null =>
  entry.kind === KIND &&
  typeof entry.id === 'string' &&
  typeof entry.name === 'string' &&
  isRecord(entry.variables)
    ? { id: entry.id, name: entry.name, variables: entry.variables }
    : null;

export const variableSetsOf = (session: Pick<Session, 'scripts'>): VariableSet[] =>
  (session.scripts ?? []).map(toVariableSet).filter((set): set is VariableSet => set !== null);

/** Saves a set under its name: a set with the same name is replaced, so saving twice does not duplicate. */
export const withVariableSet = (scripts: ScriptEntry[] | undefined, set: VariableSet): ScriptEntry[] => [
  ...(scripts ?? []).filter((entry) => !(entry.kind === KIND && entry.name === set.name)),
  { kind: KIND, id: set.id, name: set.name, variables: set.variables },
];

export const withoutVariableSet = (scripts: ScriptEntry[] | undefined, id: string): ScriptEntry[] =>
  (scripts ?? []).filter((entry) => !(entry.kind === KIND && entry.id === id));
