// Building a formatter costs far more than using one (toLocaleTimeString builds one per call): one per language,
// kind and zone, kept. Times are shown in the person's own zone (the OS's) unless a zone is asked for.
const formats = new Map<string, Intl.DateTimeFormat>();

const formatterFor = (
  language: string,
  kind: 'time' | 'dateTime',
  timeZone?: string,
): Intl.DateTimeFormat => {
  const key = `${kind} ${language} ${timeZone ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, {
      ...(kind === 'time'
        ? { hour: '2-digit', minute: '2-digit', second: '2-digit' }
        : { dateStyle: 'medium', timeStyle: 'short' }),
      ...(timeZone ? { timeZone } : {}),
    });
    formats.set(key, format);
  }
  return format;
};

// Famulor writes its times as "YYYY-MM-DD HH:MM:SS" without a zone; they are UTC (an hour off for a Berlin user
// if read as local time).
const ZONELESS = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/** A moment from Famulor or from the app: ISO text with a zone, or Famulor's zone-less UTC text. */
export const parseMoment = (text: string): Date | null => {
  const time = new Date(ZONELESS.test(text) ? `${text.replace(' ', 'T')}Z` : text);
  return Number.isNaN(time.getTime()) ? null : time;
};

/** The time of day of a moment ("14:05:09"), for a transcript row. */
export const formatTime = (iso: string, language: string): string =>
  formatterFor(language, 'time').format(new Date(iso));

/** Date and time of a moment ("01.06.2026, 12:05" in German in Berlin); text that is no time stays as it is. */
export const formatDateTime = (text: string, language: string, timeZone?: string): string => {
  const time = parseMoment(text);
  return time ? formatterFor(language, 'dateTime', timeZone).format(time) : text;
};

/** The person's own zone (the OS's), the one every time is shown in. */
export const userTimeZone = (): string => new Intl.DateTimeFormat().resolvedOptions().timeZone;
