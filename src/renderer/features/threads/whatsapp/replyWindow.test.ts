import { describe, expect, it } from 'vitest';
import type { WhatsAppWindow } from '../../../../shared/domain/whatsapp';
import { countdownParts, windowStateAt } from './replyWindow';

const READ_AT = Date.parse('2026-06-15T12:30:00Z');
const open: WhatsAppWindow = {
  isOpen: true,
  canSendFreeform: true,
  requiresTemplate: false,
  message: 'Session open (22 hr 0 min remaining). Unlimited free-form messages allowed.',
  minutesRemaining: 1320,
  expiresAt: '2026-06-16T10:30:00+00:00',
  expiredAt: null,
};
const expired: WhatsAppWindow = {
  isOpen: false,
  canSendFreeform: false,
  requiresTemplate: true,
  message: 'Session expired. Send a template or wait for customer to reply.',
  minutesRemaining: null,
  expiresAt: null,
  expiredAt: '2026-06-14T17:18:05+00:00',
};

describe('the 24-hour window as the composer sees it', () => {
  it('counts down the minutes remaining from when the status was read, closing when they run out', () => {
    const end = READ_AT + 22 * 3600_000;
    expect(windowStateAt(open, READ_AT, READ_AT)).toEqual({
      kind: 'open',
      msLeft: 22 * 3600_000,
      expiresAtMs: end,
    });
    expect(windowStateAt(open, READ_AT, end - 1000)).toMatchObject({ kind: 'open', msLeft: 1000 });
    expect(windowStateAt(open, READ_AT, end)).toEqual({ kind: 'expired', sinceMs: end });
  });

  it('is not moved by a clock that disagrees with expires_at (a skewed computer, a simulator moved on a day)', () => {
    const dayAhead = { ...open, expiresAt: '2026-06-17T10:30:00+00:00' };
    expect(windowStateAt(dayAhead, READ_AT, READ_AT)).toMatchObject({ kind: 'open', msLeft: 22 * 3600_000 });
  });

  it('takes expires_at where no minutes came', () => {
    const noMinutes = { ...open, minutesRemaining: null };
    expect(windowStateAt(noMinutes, READ_AT, READ_AT + 60_000)).toMatchObject({
      kind: 'open',
      msLeft: 22 * 3600_000 - 60_000,
    });
  });

  it('says since when an expired window is closed, and that one never opened is just closed', () => {
    expect(windowStateAt(expired, READ_AT, READ_AT)).toEqual({
      kind: 'expired',
      sinceMs: Date.parse('2026-06-14T17:18:05Z'),
    });
    const never = { ...expired, expiredAt: null, message: 'No conversation exists with this recipient.' };
    expect(windowStateAt(never, READ_AT, READ_AT)).toEqual({ kind: 'closed' });
  });

  it('splits what is left into hours, minutes and seconds, never below zero', () => {
    expect(countdownParts(22 * 3600_000 + 5 * 60_000 + 9_400)).toEqual({ hours: 22, minutes: 5, seconds: 9 });
    expect(countdownParts(-5)).toEqual({ hours: 0, minutes: 0, seconds: 0 });
  });
});
