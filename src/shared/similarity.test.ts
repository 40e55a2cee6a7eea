import { describe, expect, it } from 'vitest';
import { similarity } from './similarity';

describe('similarity (character-trigram cosine)', () => {
  it('is 1 for the same words whatever the case, punctuation and accents', () => {
    expect(similarity('Morgen um 10 Uhr?', 'morgen um 10 uhr')).toBeCloseTo(1);
    expect(similarity('Grüße, Straße', 'grusse strasse')).toBeCloseTo(1);
  });

  it('is 0 for texts without a trigram in common, and for an empty text against a full one', () => {
    expect(similarity('abc', 'xyz')).toBe(0);
    expect(similarity('', 'hello')).toBe(0);
    expect(similarity('', '')).toBe(1);
  });

  it('ranks a paraphrase above an unrelated reply, in German and in English', () => {
    const reference = 'Ich habe einen Rückruf unter +49 170 1234567 notiert.';
    const paraphrase = 'Gerne, ein Rückruf unter +49 170 1234567 ist notiert.';
    const unrelated = 'Wir haben montags bis freitags geöffnet.';
    expect(similarity(paraphrase, reference)).toBeGreaterThan(0.6);
    expect(similarity(unrelated, reference)).toBeLessThan(0.3);
    expect(
      similarity('Would you like to book an appointment?', 'Do you want to book an appointment?'),
    ).toBeGreaterThan(similarity('Our shop opens at nine.', 'Do you want to book an appointment?'));
  });

  it('is symmetric', () => {
    expect(similarity('Termin morgen', 'Terminvereinbarung')).toBeCloseTo(
      similarity('Terminvereinbarung', 'Termin morgen'),
    );
  });
});
