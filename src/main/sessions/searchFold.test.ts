import { describe, expect, it } from 'vitest';
import { foldForSearch, searchWords } from './searchFold';

describe('folding text for search', () => {
  it('lowers case and drops accents, one unit for one, so positions still point into the original', () => {
    for (const text of [
      'Terminvereinbarung',
      'Herr MÜLLER in Münster',
      'Ça coûte 5 €',
      'Straße',
      'ﬁle 😀 İstanbul',
    ]) {
      expect(foldForSearch(text)).toHaveLength(text.length);
    }
    expect(foldForSearch('Herr MÜLLER in Münster')).toBe('herr muller in munster');
    expect(foldForSearch('Ça coûte 5 €')).toBe('ca coute 5 €');
    expect(foldForSearch('Straße')).toBe('straße');
  });

  it('splits a query into folded words', () => {
    expect(searchWords('  Müller   TERMIN ')).toEqual(['muller', 'termin']);
    expect(searchWords('   ')).toEqual([]);
  });
});
