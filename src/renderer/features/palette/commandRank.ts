import { defaultFilter } from 'cmdk';

const normal = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** The lowest score of a command the search names (by its title's words or a keyword), not by scattered letters. */
export const NAMED_MATCH = 0.6;

/**
 * How well a command matches what was typed, for the palette's order (cmdk sorts by it; 0 hides the command). The
 * title typed in full or its start comes first, then a title whose words start with the typed words, then a title
 * or a keyword that contains the text; cmdk's fuzzy score only ranks below all of those, so that letters scattered
 * over a long title ("Add pane" in "Export session as Markdown") never beat the command that was named.
 */
export const rankCommand = (title: string, search: string, keywords: readonly string[] = []): number => {
  const typed = normal(search);
  if (typed === '') return 1;
  const name = normal(title);
  if (name === typed) return 1;
  if (name.startsWith(typed)) return 0.95;
  const words = name.split(' ');
  if (typed.split(' ').every((part) => words.some((word) => word.startsWith(part)))) return 0.85;
  if (name.includes(typed)) return 0.75;
  const tags = keywords.map(normal);
  if (tags.some((tag) => tag.startsWith(typed))) return NAMED_MATCH;
  return 0.5 * defaultFilter(name, typed, tags);
};
