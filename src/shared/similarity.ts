/**
 * How alike two replies are, 0 (no character trigram in common) to 1 (the same trigrams as often): the cosine of
 * their character-trigram counts. Local and language-neutral: before counting, both texts are lower-cased,
 * letters lose their accents (ä → a, é → e) and ß becomes ss, and everything but letters and digits becomes a
 * single space — so "Morgen um 10 Uhr?" and "morgen um 10 uhr" are 1, and inflected or compound German words
 * (Termin, Termine, Terminvereinbarung) still share most of their trigrams where word matching would share none.
 */
export const similarity = (a: string, b: string): number => {
  const left = trigrams(a);
  const right = trigrams(b);
  if (left.size === 0 || right.size === 0) return left.size === right.size ? 1 : 0;
  let dot = 0;
  for (const [gram, count] of left) dot += count * (right.get(gram) ?? 0);
  return dot / (norm(left) * norm(right));
};

const normalise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const trigrams = (text: string): Map<string, number> => {
  const counts = new Map<string, number>();
  const normalised = normalise(text);
  if (!normalised) return counts;
  // Padded, so that a word's start and end count too and a two-letter text still has trigrams.
  const characters = [...` ${normalised} `];
  for (let index = 0; index + 3 <= characters.length; index += 1) {
    const gram = characters.slice(index, index + 3).join('');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
};

const norm = (counts: Map<string, number>): number => {
  let sum = 0;
  for (const count of counts.values()) sum += count * count;
  return Math.sqrt(sum);
};
