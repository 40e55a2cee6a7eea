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
  it('counts down from expires_at and closes on the local clock when it is reached', () => {
    expect(windowStateAt(open, READ_AT, READ_AT)).toEqual({
      kind: 'open',
      msLeft: 22 * 3600_000,
      expiresAtMs: Date.parse('2026-06-16T10:30:00Z'),
    });
    const atEnd = Date.parse('2026-06-16T10:30:00Z');
    expect(windowStateAt(open, READ_AT, atEnd - 1000)).toMatchObject({ kind: 'open', msLeft: 1000 });
    expect(windowStateAt(open, READ_AT, atEnd)).toEqual({ kind: 'expired', sinceMs: atEnd });
  });

  it('counts minutes_remaining from when the status was read when no expires_at came', () => {
    const noTime = { ...open, expiresAt: null, minutesRemaining: 10 };
    expect(windowStateAt(noTime, READ_AT, READ_AT + 60_000)).toMatchObject({
      kind: 'open',
      msLeft: 9 * 60_000,
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
