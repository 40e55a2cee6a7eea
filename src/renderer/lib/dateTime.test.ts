import { describe, expect, it } from 'vitest';
import { formatDateTime, parseMoment } from './dateTime';

describe('times as the person reads them', () => {
  it('reads Famulor’s zone-less times as UTC', () => {
    expect(parseMoment('2026-06-01 10:05:00')?.toISOString()).toBe('2026-06-01T10:05:00.000Z');
    expect(parseMoment('2026-06-01T10:05:00+02:00')?.toISOString()).toBe('2026-06-01T08:05:00.000Z');
    expect(parseMoment('yesterday')).toBeNull();
  });

  it('shows them in the person’s zone and language: 10:05 UTC is 12:05 in Berlin in June', () => {
    const german = formatDateTime('2026-06-01 10:05:00', 'de', 'Europe/Berlin');
    expect(german).toContain('01.06.2026');
    expect(german).toContain('12:05');
    expect(formatDateTime('2026-06-01 10:05:00', 'en', 'Europe/Berlin')).toMatch(/Jun 1, 2026.*12:05/);
    expect(formatDateTime('not a time', 'en')).toBe('not a time');
  });
});
