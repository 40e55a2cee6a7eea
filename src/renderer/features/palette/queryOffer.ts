import type { QueryCommand } from './commandRegistry';

/** What a command that takes text gets from the palette's search, and whether the person named it. */
export interface QueryOffer {
  argument: string;
  /** The search starts with one of the command's words ("rename Demo"): it is what the person asked for. */
  named: boolean;
}

const startsWithWord = (text: string, word: string): boolean => {
  if (text.length < word.length) return false;
  const head = text.slice(0, word.length);
  const after = text.charAt(word.length);
  return head.localeCompare(word, undefined, { sensitivity: 'base' }) === 0 && /[\s:]/.test(after);
};

/**
 * Whether a command that takes text is offered for the search, and with what. A command with `prefixes` takes the
 * text after one of them; typed without one, its text is offered only when no command matches — otherwise any
 * search ("Add pane") would also offer to rename the session to it.
 */
export const queryOffer = (
  command: QueryCommand,
  query: string,
  commandsMatch: boolean,
): QueryOffer | null => {
  const prefix = command.prefixes?.find((word) => startsWithWord(query, word));
  if (prefix !== undefined) {
    const rest = query.slice(prefix.length).replace(/^[\s:]+/, '');
    const argument = command.parse ? command.parse(rest) : rest;
    return argument ? { argument, named: true } : null;
  }
  if (command.prefixes && commandsMatch) return null;
  const argument = command.parse ? command.parse(query) : query;
  return argument === null ? null : { argument, named: false };
};
