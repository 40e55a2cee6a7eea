import type { TFunction } from 'i18next';

export const formatTime = (iso: string, language: string): string =>
  new Date(iso).toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** Milliseconds below a second, then seconds with one decimal: "840 ms", "2.4 s". */
export const formatLatency = (ms: number, t: TFunction): string =>
  ms < 1000
    ? t('playground.transcript.latency', { ms: Math.round(ms) })
    : t('playground.transcript.latencySeconds', { s: (ms / 1000).toFixed(1) });
