import { describe, expect, it } from 'vitest';
import { createTextRedactor, redactJson, redactVariables } from './packRedaction';
import { turnsOf } from './recordedConversation';

const all = { phones: true, emails: true, secretVariables: ['pin'] };

describe('the redaction of a recording', () => {
  const redact = createTextRedactor(all, ['sk-live-abcdefgh1234'], { pin: 'Tulpe-77', city: 'Berlin' });

  it.each([
    ['Call me on +49 176 12345678.', 'Call me on [phone].'],
    ['Rufen Sie 0176/1234567 an', 'Rufen Sie [phone] an'],
    ['(030) 123 45 67 ist die Zentrale', '[phone] ist die Zentrale'],
    ['Mail anna.weber@example.de please', 'Mail [email] please'],
    ['The PIN is tulpe-77', 'The PIN is {{pin}}'],
    ['key SK-LIVE-ABCDEFGH1234 here', 'key [redacted] here'],
  ])('leaves out what it was asked to: %s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each(['On 2026-12-15 at 08:00', 'Order 4711-0815 costs 129.90 €', 'Ticket CB-1234567', 'Berlin, 10969'])(
    'keeps dates, times, order numbers and prices: %s',
    (text) => {
      expect(redact(text)).toBe(text);
    },
  );

  it('redacts inside function-call JSON, and secret variables say so instead of holding their value', () => {
    expect(redactJson({ phone: '+49 30 555 0100', nested: [{ 'a@b.de': 1 }] }, redact)).toEqual({
      phone: '[phone]',
      nested: [{ '[email]': 1 }],
    });
    expect(
      redactVariables({ pin: 'Tulpe-77', city: 'Berlin', office: '+49 30 555 0100' }, all, redact),
    ).toEqual({
      pin: '[redacted]',
      city: 'Berlin',
      office: '[phone]',
    });
  });

  it('leaves everything but the keys when nothing else was chosen', () => {
    const keysOnly = createTextRedactor(
      { phones: false, emails: false, secretVariables: [] },
      ['sk-live-abcdefgh1234'],
      {},
    );
    expect(keysOnly('+49 176 12345678 a@b.de sk-live-abcdefgh1234')).toBe(
      '+49 176 12345678 a@b.de [redacted]',
    );
  });
});

describe('turnsOf', () => {
  const message = (role: string, content: string, calls = 0) => ({
    role,
    content,
    functionCalls: Array.from({ length: calls }, (_unused, index) => ({
      name: `f${index}`,
      arguments: {},
      result: {},
    })),
  });

  it('pairs each user message with what the assistant said and called after it', () => {
    expect(
      turnsOf([
        message('assistant', 'Hello!'),
        message('user', 'Book me in'),
        message('assistant', 'Checking…', 1),
        message('assistant', 'Done.', 1),
        message('user', 'Are you there?'),
        message('error', 'The connection dropped.'),
        message('user', 'Thanks'),
        message('assistant', 'You are welcome.'),
      ]),
    ).toEqual([
      {
        user: 'Book me in',
        alternatives: [],
        reply: 'Checking…\n\nDone.',
        function_calls: [
          { name: 'f0', arguments: {}, result: {} },
          { name: 'f0', arguments: {}, result: {} },
        ],
      },
      { user: 'Thanks', alternatives: [], reply: 'You are welcome.', function_calls: [] },
    ]);
  });
});
