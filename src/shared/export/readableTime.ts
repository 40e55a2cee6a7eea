const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const twoDigits = (value: number) => String(value).padStart(2, '0');

/**
 * A moment as a reader of an export wants it ("14 March 2026, 08:30:05 UTC"), not as ISO text. Exports are English
 * and read anywhere, so the zone is UTC and named; text that is not a time is left as it is.
 */
export function readableTime(iso: string): string;
export function readableTime(iso: string | null | undefined): string | null;
export function readableTime(iso: string | null | undefined): string | null {
  if (iso === null || iso === undefined) return null;
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  const date = `${time.getUTCDate()} ${MONTHS[time.getUTCMonth()] ?? ''} ${time.getUTCFullYear()}`;
  const clock = [time.getUTCHours(), time.getUTCMinutes(), time.getUTCSeconds()].map(twoDigits).join(':');
  return `${date}, ${clock} UTC`;
}
