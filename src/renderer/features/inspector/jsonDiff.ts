import type { JsonValue } from '../../../shared/domain/famulor';

export type FieldStatus = 'same' | 'changed' | 'added' | 'removed';

/** One leaf of two JSON values compared side by side; `undefined` means the side does not have the field. */
export interface FieldDiff {
  /** Dotted path with array indices in brackets: `available_slots[2]`, `customer.name`. */
  path: string;
  left: JsonValue | undefined;
  right: JsonValue | undefined;
  status: FieldStatus;
}

const isObject = (value: JsonValue): value is { [key: string]: JsonValue } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const join = (base: string, key: string) => (base === '' ? key : `${base}.${key}`);

/** Leaves of a JSON value by path; empty objects and arrays count as leaves so that they stay visible. */
const leaves = (value: JsonValue, path: string, into: Map<string, JsonValue>): Map<string, JsonValue> => {
  if (Array.isArray(value) && value.length > 0) {
    value.forEach((item, index) => leaves(item, `${path}[${index}]`, into));
  } else if (isObject(value) && Object.keys(value).length > 0) {
    for (const [key, item] of Object.entries(value)) leaves(item, join(path, key), into);
  } else {
    into.set(path, value);
  }
  return into;
};

const sameLeaf = (a: JsonValue, b: JsonValue) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A field-by-field comparison of two JSON values (either may be missing), in the left value's order with the
 * right side's extra fields after it. Hand-written rather than jsondiffpatch because the view wants flat,
 * addressable rows, not a delta to patch with.
 */
export const diffJson = (left: JsonValue | undefined, right: JsonValue | undefined): FieldDiff[] => {
  const leftLeaves = left === undefined ? new Map<string, JsonValue>() : leaves(left, '', new Map());
  const rightLeaves = right === undefined ? new Map<string, JsonValue>() : leaves(right, '', new Map());
  const paths = [...new Set([...leftLeaves.keys(), ...rightLeaves.keys()])];
  return paths.map((path) => {
    const a = leftLeaves.get(path);
    const b = rightLeaves.get(path);
    const status: FieldStatus =
      a === undefined ? 'added' : b === undefined ? 'removed' : sameLeaf(a, b) ? 'same' : 'changed';
    return { path, left: a, right: b, status };
  });
};

export const hasDifferences = (fields: readonly FieldDiff[]) =>
  fields.some((field) => field.status !== 'same');
