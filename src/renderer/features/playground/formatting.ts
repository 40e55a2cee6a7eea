import type { TFunction } from 'i18next';

// Building a formatter costs far more than using one (toLocaleTimeString builds one per call): one per language.
const timeFormats = new Map<string, Intl.DateTimeFormat>();

export const formatTime = (iso: string, language: string): string => {
  let format = timeFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
    timeFormats.set(language, format);
  }
  return format.format(new Date(iso));
};

/** Milliseconds below a second, then seconds with one decimal: "840 ms", "2.4 s". */
export const formatLatency = (ms: number, t: TFunction): string =>
  ms < 1000
    ? t('playground.transcript.latency', { ms: Math.round(ms) })
    : t('playground.transcript.latencySeconds', { s: (ms / 1000).toFixed(1) });
