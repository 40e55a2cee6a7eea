/** A keyboard shortcut. `mod` is Cmd on macOS and Ctrl elsewhere, as people expect on each. */
export interface Shortcut {
  key: string;
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
}

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export const isMacPlatform = (
  platform: string = typeof navigator === 'undefined' ? '' : navigator.platform,
) => /mac|iphone|ipad/i.test(platform);

/**
 * Whether a key event is this shortcut. Printable symbols like `?` already carry their Shift in `key`, so
 * Shift is only compared when the shortcut asks for it or uses a letter.
 */
export const matchesShortcut = (event: KeyLike, shortcut: Shortcut, isMac: boolean): boolean => {
  const modPressed = isMac ? event.metaKey : event.ctrlKey;
  const otherModPressed = isMac ? event.ctrlKey : event.metaKey;
  if (Boolean(shortcut.mod) !== modPressed || otherModPressed) return false;
  if (Boolean(shortcut.alt) !== event.altKey) return false;
  const isLetter = /^[a-z]$/i.test(shortcut.key);
  if ((shortcut.shift !== undefined || isLetter) && Boolean(shortcut.shift) !== event.shiftKey) return false;
  return event.key.toLowerCase() === shortcut.key.toLowerCase();
};

const KEY_NAMES: Record<string, string> = { Enter: '↵', Escape: 'Esc', ArrowUp: '↑', ArrowDown: '↓' };

/** The keys to show, one per key cap: ["⌘", "K"] on macOS, ["Ctrl", "K"] elsewhere. */
export const shortcutKeys = (shortcut: Shortcut, isMac: boolean): string[] => [
  ...(shortcut.mod ? [isMac ? '⌘' : 'Ctrl'] : []),
  ...(shortcut.alt ? [isMac ? '⌥' : 'Alt'] : []),
  ...(shortcut.shift ? [isMac ? '⇧' : 'Shift'] : []),
  KEY_NAMES[shortcut.key] ?? (shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key),
];

/** Plain single-key shortcuts (like `?`) must not fire while the person is typing. */
export const isTypingTarget = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
