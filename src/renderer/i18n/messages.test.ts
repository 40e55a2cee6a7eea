import { describe, expect, it } from 'vitest';
import { FEATURE_MESSAGES } from './index';

/** Every key path of a message tree, so that a string added in one language only is caught. */
const keyPaths = (tree: object, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keyPaths(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );

describe('the interface strings', () => {
  it.each(FEATURE_MESSAGES.map((messages) => [Object.keys(messages.en).join(', '), messages] as const))(
    '%s: the same strings in English and German',
    (_name, messages) => {
      expect(keyPaths(messages.de).sort()).toEqual(keyPaths(messages.en).sort());
    },
  );

  it('gives every feature its own top-level keys (the merge would let one overwrite another)', () => {
    const topLevel = FEATURE_MESSAGES.flatMap((messages) => Object.keys(messages.en));
    expect(topLevel.length).toBeGreaterThan(5);
    expect(new Set(topLevel).size).toBe(topLevel.length);
  });
});
