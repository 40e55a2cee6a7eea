import { describe, expect, it } from 'vitest';
import { matchesShortcut, shortcutKeys, type KeyLike } from './shortcuts';

const key = (value: string, modifiers: Partial<KeyLike> = {}): KeyLike => ({
  key: value,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...modifiers,
});

describe('shortcuts', () => {
  it('maps mod to Cmd on macOS and to Ctrl elsewhere', () => {
    const palette = { key: 'k', mod: true };
    expect(matchesShortcut(key('k', { ctrlKey: true }), palette, false)).toBe(true);
    expect(matchesShortcut(key('k', { metaKey: true }), palette, false)).toBe(false);
    expect(matchesShortcut(key('k', { metaKey: true }), palette, true)).toBe(true);
    expect(matchesShortcut(key('k', { ctrlKey: true }), palette, true)).toBe(false);
    expect(matchesShortcut(key('k'), palette, false)).toBe(false);
  });

  it('treats Shift strictly for letters and leniently for symbols that need it', () => {
    expect(matchesShortcut(key('K', { ctrlKey: true, shiftKey: true }), { key: 'k', mod: true }, false)).toBe(
      false,
    );
    expect(matchesShortcut(key('?', { shiftKey: true }), { key: '?' }, false)).toBe(true);
    expect(matchesShortcut(key('?', { ctrlKey: true, shiftKey: true }), { key: '?' }, false)).toBe(false);
  });

  it('names the keys the way each platform prints them', () => {
    expect(shortcutKeys({ key: 'k', mod: true }, true)).toEqual(['⌘', 'K']);
    expect(shortcutKeys({ key: 'k', mod: true, shift: true }, false)).toEqual(['Ctrl', 'Shift', 'K']);
    expect(shortcutKeys({ key: 'Escape' }, false)).toEqual(['Esc']);
  });
});
