import { describe, expect, it } from 'vitest';
import {
  callAsJson,
  callsForTurn,
  callsOfPane,
  callsOfPanes,
  filterByName,
  functionNames,
  turnCount,
} from './collectCalls';
import { availabilityCall, bookingCall, entry, pane } from '../../testing/panesTestKit';

const left = pane('left', [
  entry('l0', 'assistant', 'Hi, I am Clara.'),
  entry('l1', 'user', 'Any slot on 2026-03-02?'),
  entry('l2', 'assistant', 'On 2026-03-02 I have 09:00 and 10:30.', [availabilityCall('2026-03-02')]),
  entry('l3', 'user', '10:30, my name is Ada'),
  entry('l4', 'assistant', 'Booked.', [bookingCall('Ada'), availabilityCall('2026-03-03')]),
]);
const right = pane('right', [
  entry('r1', 'user', 'Any slot on 2026-03-02?'),
  entry('r2', 'assistant', 'Slots: 09:00.', [availabilityCall('2026-03-02', ['09:00'])]),
]);

describe('collecting function calls', () => {
  it('lists a pane’s calls in transcript order, numbered by the user message they answer', () => {
    const rows = callsOfPane(left);
    expect(rows.map((row) => [row.name, row.turn, row.entryId])).toEqual([
      ['check_calendar_availability', 1, 'l2'],
      ['book_appointment', 2, 'l4'],
      ['check_calendar_availability', 2, 'l4'],
    ]);
    expect(new Set(rows.map((row) => row.key)).size).toBe(3);
  });

  it('merges several panes into one timeline by the time of the message', () => {
    const rows = callsOfPanes([right, left]);
    expect(rows.map((row) => row.entryId)).toEqual(['l2', 'l4', 'l4', 'r2']);
  });

  it('filters by a case-insensitive part of the function name and keeps all on an empty filter', () => {
    const rows = callsOfPane(left);
    expect(filterByName(rows, ' BOOK ').map((row) => row.name)).toEqual(['book_appointment']);
    expect(filterByName(rows, 'calendar')).toHaveLength(2);
    expect(filterByName(rows, '')).toHaveLength(3);
    expect(filterByName(rows, 'refund')).toEqual([]);
  });

  it('names each function once, in order of first use', () => {
    expect(functionNames(callsOfPane(left))).toEqual(['check_calendar_availability', 'book_appointment']);
  });

  it('picks a turn’s calls and counts turns by user messages', () => {
    expect(callsForTurn(left, 2).map((row) => row.name)).toEqual([
      'book_appointment',
      'check_calendar_availability',
    ]);
    expect(callsForTurn(left, 3)).toEqual([]);
    expect(turnCount(left)).toBe(2);
    expect(turnCount(right)).toBe(1);
  });

  it('copies a call as JSON with its pane and turn', () => {
    const [row] = callsOfPane(right);
    if (!row) throw new Error('expected a call');
    expect(JSON.parse(callAsJson(row, 'Widget pane'))).toEqual({
      pane: 'Widget pane',
      turn: 1,
      name: 'check_calendar_availability',
      arguments: { date: '2026-03-02', service: 'consultation', timezone: 'Europe/Berlin' },
      result: { date: '2026-03-02', available_slots: ['09:00'], practitioner: 'Dr. Miriam Hoffmann' },
    });
  });
});
