import type { JsonValue } from '../../../shared/domain/famulor';

/** WhatsApp's customer-service window: freeform messages are allowed for 24 hours after it opened. */
export const SESSION_WINDOW_MS = 24 * 60 * 60 * 1000;

/** ISO 8601 with an explicit offset, as Famulor's WhatsApp pages print it ("2026-02-24T10:30:00+00:00"). */
export const isoWithOffset = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, '+00:00');

const remainingText = (minutes: number): string => {
  const hours = Math.floor(minutes / 60);
  return hours > 0 ? `${hours} hr ${minutes % 60} min` : `${minutes} min`;
};

/**
 * The documented `session_status` object for a window that opened at `openedAt` (the customer's last message, or
 * a template sent since — Famulor says a template opens one too), or for no conversation at all (null).
 */
export const sessionStatusAt = (openedAt: Date | null, now: Date): { [key: string]: JsonValue } => {
  if (openedAt === null) {
    return {
      is_open: false,
      can_send_freeform: false,
      requires_template: true,
      message: 'No conversation exists with this recipient. Send a template message first.',
    };
  }
  const expiresAtMs = openedAt.getTime() + SESSION_WINDOW_MS;
  if (now.getTime() >= expiresAtMs) {
    return {
      is_open: false,
      can_send_freeform: false,
      requires_template: true,
      message: 'Session expired. Send a template or wait for customer to reply.',
      expired_at: isoWithOffset(new Date(expiresAtMs)),
    };
  }
  const minutesRemaining = Math.floor((expiresAtMs - now.getTime()) / 60_000);
  return {
    is_open: true,
    can_send_freeform: true,
    requires_template: false,
    message: `Session open (${remainingText(minutesRemaining)} remaining). Unlimited free-form messages allowed.`,
    minutes_remaining: minutesRemaining,
    expires_at: isoWithOffset(new Date(expiresAtMs)),
  };
};
