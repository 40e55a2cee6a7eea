import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { defineMessages } from './defineMessages';
import { FEATURE_MESSAGES } from './catalogue';
import { initI18n } from './index';

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

describe('the keys, checked by the type-check', () => {
  it('refuses a key no English string has (npm run typecheck fails without the expect-error)', async () => {
    await initI18n('en');
    const t = i18next.getFixedT('en');
    // @ts-expect-error: there is no such key, and `t` accepts only keys that exist.
    expect(t('no.such.key')).toBe('no.such.key');
    expect(t('errors.reason.no_key')).toBe('No API key is set for this profile. Add one in Settings.');
  });

  it('refuses German strings that miss a key of the English ones', () => {
    const messages = defineMessages({
      en: { greeting: { hello: 'Hello', bye: 'Bye' } },
      // @ts-expect-error: "bye" is missing in German.
      de: { greeting: { hello: 'Hallo' } },
    });
    expect(Object.keys(messages.de.greeting)).toEqual(['hello']);
  });
});
