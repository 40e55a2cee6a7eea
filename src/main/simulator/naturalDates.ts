/**
 * Dates and times as people say them, in English and German ("tomorrow at 10", "morgen um 10 Uhr", "next
 * Monday at 2 pm", "übermorgen um 14:30"), read relative to the conversation's current date in the assistant's time
 * zone: what a language model behind Famulor understands, so that the offline demo does too. An assistant file
 * turns it on with `natural_dates`; ISO and German numeric dates stay with its own extractors, which win.
 */

const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sonntag: 0,
  montag: 1,
  dienstag: 2,
  mittwoch: 3,
  donnerstag: 4,
  freitag: 5,
  samstag: 6,
  sonnabend: 6,
};

// Word boundaries that know umlauts: "übermorgen" is one word, "morgens" is not "morgen".
const word = (text: string) => `(?<![\\p{L}\\p{N}])(?:${text})(?![\\p{L}\\p{N}])`;

const DAY_OFFSETS: [RegExp, number][] = [
  [new RegExp(word('day after tomorrow|übermorgen'), 'iu'), 2],
  // "Guten Morgen" is a greeting, not a day.
  [new RegExp(`${word('tomorrow')}|(?<!guten\\s)${word('morgen')}`, 'iu'), 1],
  [new RegExp(word('today|heute'), 'iu'), 0],
];
const WEEKDAY = new RegExp(word(Object.keys(WEEKDAYS).join('|')), 'iu');

// "at 10", "at 10:30", "at 2 pm", "10 am", "um 10", "um 10 Uhr", "14 Uhr", "um 14:30".
const TIME = new RegExp(
  [
    `${word('at|um')}\\s+(?<h1>[01]?\\d|2[0-3])(?::(?<m1>[0-5]\\d))?(?:\\s*(?<s1>am|pm|a\\.m\\.|p\\.m\\.|uhr))?(?![\\p{N}:.-])`,
    `(?<![\\p{N}:])(?<h2>[01]?\\d|2[0-3])(?::(?<m2>[0-5]\\d))?\\s*(?<s2>am|pm|a\\.m\\.|p\\.m\\.|uhr)(?![\\p{L}\\p{N}])`,
  ].join('|'),
  'iu',
);

const pad = (value: number) => String(value).padStart(2, '0');

/** `YYYY-MM-DD` plus days, by the calendar (UTC arithmetic on a date with no time of day). */
const addDays = (isoDate: string, days: number): string => {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
};

const weekdayOf = (isoDate: string): number => new Date(`${isoDate}T00:00:00Z`).getUTCDay();

/** The date and time a message names in words, as slots (`date`: YYYY-MM-DD, `time`: HH:MM), given today's date. */
export const naturalDateSlots = (message: string, today: string): { date?: string; time?: string } => {
  const slots: { date?: string; time?: string } = {};
  const offset = DAY_OFFSETS.find(([pattern]) => pattern.test(message))?.[1];
  if (offset !== undefined) slots.date = addDays(today, offset);
  else {
    const named = WEEKDAY.exec(message)?.[0]?.toLocaleLowerCase('de');
    const target = named === undefined ? undefined : WEEKDAYS[named];
    // The next such day after today: "Monday" said on a Monday means the one a week later.
    if (target !== undefined) slots.date = addDays(today, ((target - weekdayOf(today) + 6) % 7) + 1);
  }
  const time = TIME.exec(message)?.groups;
  if (time) {
    let hour = Number(time.h1 ?? time.h2);
    const minute = Number(time.m1 ?? time.m2 ?? 0);
    const suffix = (time.s1 ?? time.s2 ?? '').toLowerCase().replace(/\./g, '');
    if (suffix === 'pm' && hour < 12) hour += 12;
    if (suffix === 'am' && hour === 12) hour = 0;
    slots.time = `${pad(hour)}:${pad(minute)}`;
  }
  return slots;
};
