import { describe, expect, it } from 'vitest';
import { diffJson, hasDifferences } from './jsonDiff';
import { pairCalls } from './pairCalls';
import { availabilityCall, bookingCall } from '../../testing/panesTestKit';

describe('diffJson', () => {
  it('marks changed, added and removed leaves by path and keeps equal ones', () => {
    const fields = diffJson(
      { date: '2026-03-02', slots: ['09:00', '10:30'], customer: { name: 'Ada', vip: true } },
      { date: '2026-03-03', slots: ['09:00'], customer: { name: 'Ada' }, note: null },
    );
    expect(fields.map((field) => [field.path, field.status])).toEqual([
      ['date', 'changed'],
      ['slots[0]', 'same'],
      ['slots[1]', 'removed'],
      ['customer.name', 'same'],
      ['customer.vip', 'removed'],
      ['note', 'added'],
    ]);
    expect(fields[0]).toMatchObject({ left: '2026-03-02', right: '2026-03-03' });
  });

  it('compares scalars and empty containers as whole values', () => {
    expect(diffJson(1, 2)).toEqual([{ path: '', left: 1, right: 2, status: 'changed' }]);
    expect(diffJson({ tags: [] }, { tags: [] })).toEqual([
      { path: 'tags', left: [], right: [], status: 'same' },
    ]);
    expect(diffJson(undefined, { a: 1 })).toEqual([
      { path: 'a', left: undefined, right: 1, status: 'added' },
    ]);
  });

  it('tells whether anything differs', () => {
    expect(hasDifferences(diffJson({ a: 1 }, { a: 1 }))).toBe(false);
    expect(hasDifferences(diffJson({ a: 1 }, { a: '1' }))).toBe(true);
  });
});

describe('pairCalls', () => {
  it('pairs calls by name so an extra call does not shift the others', () => {
    const pairs = pairCalls(
      [availabilityCall('2026-03-02'), bookingCall('Ada')],
      [bookingCall('Ada'), availabilityCall('2026-03-02', ['09:00'])],
    );
    expect(pairs.map((pair) => [pair.name, pair.changed])).toEqual([
      ['check_calendar_availability', true],
      ['book_appointment', false],
    ]);
    const [availability] = pairs;
    expect(availability?.arguments.every((field) => field.status === 'same')).toBe(true);
    expect(
      availability?.result.filter((field) => field.status !== 'same').map((field) => field.path),
    ).toEqual(['available_slots[1]']);
  });

  it('keeps calls only one side made, with the other side empty', () => {
    const pairs = pairCalls(
      [availabilityCall('2026-03-02')],
      [availabilityCall('2026-03-02'), bookingCall('Bo')],
    );
    expect(pairs.map((pair) => [pair.name, pair.left === null, pair.right === null, pair.changed])).toEqual([
      ['check_calendar_availability', false, false, false],
      ['book_appointment', true, false, true],
    ]);
    expect(pairs[1]?.arguments.every((field) => field.status === 'added')).toBe(true);
  });
});
