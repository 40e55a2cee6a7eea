/**
 * Famulor counts characters as PHP's mb_strlen does, in code points: 2,000 emoji are 2,000 characters,
 * although `.length` (UTF-16 units) counts them as 4,000.
 */
export const characterCount = (text: string): number => {
  let count = 0;
  // Iterating a string walks code points, so a surrogate pair counts once.
  for (const _ of text) count += 1;
  return count;
};

/** `text` as a regular expression that matches exactly it: every character with a meaning there is escaped. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
