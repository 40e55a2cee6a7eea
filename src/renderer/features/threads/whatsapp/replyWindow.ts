import type { WhatsAppWindow } from '../../../../shared/domain/whatsapp';

/** What the composer offers, from Famulor's session status and the clock (the countdown runs locally). */
export type WindowState =
  | { kind: 'open'; msLeft: number; expiresAtMs: number }
  | { kind: 'expired'; sinceMs: number | null }
  /** Never opened (no customer message to this sender) or no time given: only a template can go. */
  | { kind: 'closed' };

const parseMs = (iso: string | null): number | null => {
  if (iso === null) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
};

/**
 * The time left is `minutes_remaining` counted from when the status was read — a clock that is off (this computer's,
 * or a simulator's moved on) cannot shift it — and `expires_at` only where no minutes came. The window closes on the
 * local clock as the countdown reaches zero, before Famulor is asked again.
 */
export const windowStateAt = (window: WhatsAppWindow, readAtMs: number, nowMs: number): WindowState => {
  if (window.canSendFreeform) {
    const expiresAtMs =
      window.minutesRemaining === null
        ? parseMs(window.expiresAt)
        : readAtMs + window.minutesRemaining * 60_000;
    if (expiresAtMs === null)
      return { kind: 'open', msLeft: Number.POSITIVE_INFINITY, expiresAtMs: Infinity };
    if (expiresAtMs > nowMs) return { kind: 'open', msLeft: expiresAtMs - nowMs, expiresAtMs };
    return { kind: 'expired', sinceMs: expiresAtMs };
  }
  const expiredAtMs = parseMs(window.expiredAt);
  return expiredAtMs === null && !window.isOpen
    ? { kind: 'closed' }
    : { kind: 'expired', sinceMs: expiredAtMs };
};

/** "23:59:59" style for the last hour's minutes and seconds, "22 h 05 min" above: what a person glances at. */
export const countdownParts = (msLeft: number): { hours: number; minutes: number; seconds: number } => {
  const total = Math.max(0, Math.floor(msLeft / 1000));
  return { hours: Math.floor(total / 3600), minutes: Math.floor((total % 3600) / 60), seconds: total % 60 };
};
