/**
 * Folds text for searching: lower case, accents dropped ("Müller" → "muller"), one UTF-16 unit for one, so a
 * position in the folded text is the same position in the original and a hit can be shown in the original.
 * Characters whose fold would change the length (e.g. "ß", "ﬁ") stay as their lower case, or as they are.
 */

const folded = new Map<string, string>();

const foldChar = (char: string): string => {
  let result = folded.get(char);
  if (result === undefined) {
    const lower = char.toLowerCase();
    const bare = lower.normalize('NFD').replace(/\p{M}/gu, '');
    result = bare.length === 1 ? bare : lower.length === 1 ? lower : char;
    folded.set(char, result);
  }
  return result;
};

// ASCII folds to its lower case one for one, which toLowerCase does far faster than a loop.
const NOT_ASCII = /[^\p{ASCII}]/u;

export const foldForSearch = (text: string): string => {
  if (!NOT_ASCII.test(text)) return text.toLowerCase();
  let out = '';
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    out +=
      code < 0x80
        ? code >= 65 && code <= 90
          ? String.fromCharCode(code + 32)
          : text[index]
        : foldChar(text[index] ?? '');
  }
  return out;
};

/** The words of a query, folded; a session matches when it contains every one of them. */
export const searchWords = (query: string): string[] => foldForSearch(query).split(/\s+/).filter(Boolean);
