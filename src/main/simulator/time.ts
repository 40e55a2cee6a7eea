const pad = (value: number): string => String(value).padStart(2, '0');

/** Famulor's timestamp format, "YYYY-MM-DD HH:MM:SS", in UTC like a Laravel app's default timezone. */
export const formatTimestamp = (date: Date): string =>
  `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ` +
  `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
