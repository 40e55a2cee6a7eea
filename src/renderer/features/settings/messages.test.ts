import { describe, expect, it } from 'vitest';
import { shellMessages } from '../shell/messages';
import { settingsMessages } from './messages';

/** Every key path of a message tree, so that a string added in one language only is caught. */
const keyPaths = (tree: object, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keyPaths(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );

describe('settings and status bar strings', () => {
  it.each([
    ['settings', settingsMessages],
    ['shell', shellMessages],
  ])('%s has the same strings in English and German', (_name, messages) => {
    expect(keyPaths(messages.de).sort()).toEqual(keyPaths(messages.en).sort());
  });
});
