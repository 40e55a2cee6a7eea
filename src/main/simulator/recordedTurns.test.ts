import { describe, expect, it } from 'vitest';
import { autohausPack } from '../testing/demoPackKit';
import {
  FOLLOWING_BONUS,
  indexRecorded,
  matchRecorded,
  meaningfulText,
  MATCH_THRESHOLD,
} from './recordedTurns';

const lena = () => indexRecorded(autohausPack().assistants[0]?.conversations ?? []);

describe('meaningfulText', () => {
  it('drops the words that say how something is asked, in English and German', () => {
    expect(meaningfulText('Can you tell me when the workshop is open?')).toBe('when workshop open');
    expect(meaningfulText('Ich hätte gern einen Inspektionstermin, bitte!')).toBe('inspektionstermin');
  });

  it('keeps every word when all of them are fillers, so "yes please" still says something', () => {
    expect(meaningfulText('Yes, please')).toBe('yes');
    expect(meaningfulText('Was ist das?')).toBe('was ist das');
  });
});

describe('matchRecorded', () => {
  it.each([
    ['Ich hätte gern einen Inspektionstermin', 'Inspektion buchen', 0],
    ['I would like to book an inspection', 'Inspektion buchen', 0],
    ['what time does the workshop open', 'Opening hours (English)', 0],
    ['Do you offer a loan car?', 'Opening hours (English)', 1],
    ['Can I have a replacement car while mine is being serviced?', 'Opening hours (English)', 1],
  ])('answers the paraphrase "%s" with the recorded turn', (message, title, turn) => {
    const pack = autohausPack().assistants[0];
    const match = matchRecorded(lena(), message, null);
    expect(match && pack?.conversations[match.position.conversation]?.title).toBe(title);
    expect(match?.position.turn).toBe(turn);
  });

  it.each([
    'What is the weather in Paris?',
    'Wie teuer ist ein Ölwechsel?',
    'Tell me a joke',
    'Ich will mein Auto verkaufen',
  ])('has no answer for the unrelated "%s"', (message) => {
    expect(matchRecorded(lena(), message, null)).toBeNull();
  });

  it('prefers the next turn of the conversation being followed in a close call', () => {
    const index = lena();
    // "8" alone is as close to the booking turn as the threshold allows; following the script it wins clearly.
    const followed = matchRecorded(index, 'um 8', { conversation: 0, turn: 1 });
    expect(followed?.position).toEqual({ conversation: 0, turn: 2 });
    expect(followed?.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD + FOLLOWING_BONUS);
    const unfollowed = matchRecorded(index, 'um 8', null);
    expect(unfollowed?.score ?? 0).toBeLessThan(followed?.score ?? 0);
  });

  it('does not let the bonus carry a message below the threshold', () => {
    expect(matchRecorded(lena(), 'Tell me a joke', { conversation: 0, turn: 1 })).toBeNull();
  });
});
