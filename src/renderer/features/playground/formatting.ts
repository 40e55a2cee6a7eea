import type { TFunction } from 'i18next';

/** Milliseconds below a second, then seconds with one decimal: "840 ms", "2.4 s". */
export const formatLatency = (ms: number, t: TFunction): string =>
  ms < 1000
    ? t('playground.transcript.latency', { ms: Math.round(ms) })
    : t('playground.transcript.latencySeconds', { s: (ms / 1000).toFixed(1) });
