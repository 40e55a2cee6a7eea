import { describe, expect, it } from 'vitest';
import { naturalDateSlots } from './naturalDates';

// 2026-12-07 is a Monday.
const TODAY = '2026-12-07';

describe('dates and times in words', () => {
  it.each([
    ['tomorrow at 10', { date: '2026-12-08', time: '10:00' }],
    ['morgen um 10', { date: '2026-12-08', time: '10:00' }],
    ['Morgen um 10 Uhr bitte', { date: '2026-12-08', time: '10:00' }],
    ['the day after tomorrow at 2 pm', { date: '2026-12-09', time: '14:00' }],
    ['übermorgen um 14:30', { date: '2026-12-09', time: '14:30' }],
    ['today at 9:00 a.m.', { date: '2026-12-07', time: '09:00' }],
    ['heute, 16 Uhr', { date: '2026-12-07', time: '16:00' }],
    ['next Friday at 10:30', { date: '2026-12-11', time: '10:30' }],
    ['am Mittwoch um 9', { date: '2026-12-09', time: '09:00' }],
    ['on Monday', { date: '2026-12-14' }],
    ['at 12 am', { time: '00:00' }],
  ])('%s', (message, slots) => {
    expect(naturalDateSlots(message, TODAY)).toEqual(slots);
  });

  it.each([
    'Guten Morgen!',
    'Ich komme morgens',
    'I need an appointment on 2026-12-10',
    'on 10.12.2026',
    'my number is 030 12345',
    'at 2026-12-10',
  ])('finds nothing in "%s"', (message) => {
    expect(naturalDateSlots(message, TODAY)).toEqual({});
  });

  it('crosses months and years', () => {
    expect(naturalDateSlots('tomorrow', '2026-12-31')).toEqual({ date: '2027-01-01' });
    expect(naturalDateSlots('on Monday', '2027-02-26')).toEqual({ date: '2027-03-01' });
  });
});
