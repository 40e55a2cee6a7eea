import type { JsonValue } from '../../../shared/domain/famulor';
import { diffJson, hasDifferences, type FieldDiff } from './jsonDiff';

interface NamedCall {
  name: string;
  arguments: JsonValue;
  result: JsonValue;
}

/** Two calls of the same turn, one per pane, matched by name; a side is null when only the other made it. */
export interface CallPair {
  name: string;
  left: NamedCall | null;
  right: NamedCall | null;
  arguments: FieldDiff[];
  result: FieldDiff[];
  changed: boolean;
}

/**
 * Matches the k-th call of a name on the left with the k-th call of that name on the right, so one extra
 * or missing call does not shift every later pair. Left order first, then calls only the right side made.
 */
export const pairCalls = (left: readonly NamedCall[], right: readonly NamedCall[]): CallPair[] => {
  const unmatched = [...right];
  const pairs: CallPair[] = left.map((call) => {
    const index = unmatched.findIndex((candidate) => candidate.name === call.name);
    const partner = index === -1 ? null : (unmatched.splice(index, 1)[0] ?? null);
    return buildPair(call.name, call, partner);
  });
  return [...pairs, ...unmatched.map((call) => buildPair(call.name, null, call))];
};

const buildPair = (name: string, left: NamedCall | null, right: NamedCall | null): CallPair => {
  const argumentsDiff = diffJson(left?.arguments, right?.arguments);
  const resultDiff = diffJson(left?.result, right?.result);
  return {
    name,
    left,
    right,
    arguments: argumentsDiff,
    result: resultDiff,
    changed: left === null || right === null || hasDifferences(argumentsDiff) || hasDifferences(resultDiff),
  };
};
