import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../shared/domain/json';
import { DETAIL_LENGTH, REDACTED, scrubError, scrubParsedJson, scrubText } from './redact';

const KEY = 'sk-Abc/def+ghi=123';

describe('scrubText', () => {
  it('removes the key in every case and encoding a server may echo it in', () => {
    const b64 = Buffer.from(KEY).toString('base64');
    const echoes = [
      KEY,
      KEY.toUpperCase(),
      encodeURIComponent(KEY),
      encodeURIComponent(KEY).toLowerCase(),
      b64,
      b64.replace(/=+$/, ''),
      Buffer.from(KEY).toString('base64url'),
      encodeURIComponent(b64),
    ];
    for (const echo of echoes)
      expect(scrubText(`before ${echo} after`, KEY)).toBe(`before ${REDACTED} after`);
  });

  it('treats the key as text, not as a pattern', () => {
    expect(scrubText('sk-Abcxdef+ghi=123', KEY)).toBe('sk-Abcxdef+ghi=123');
  });
});

describe('scrubError', () => {
  it('cuts long details only after the key is gone, so no prefix of it survives', () => {
    const details = `${'x'.repeat(DETAIL_LENGTH - 5)}${KEY} tail`;
    const scrubbed = scrubError({ code: 'server', reason: 'famulor_server_error', details }, KEY);
    expect(scrubbed.details).toBe(
      `${'x'.repeat(DETAIL_LENGTH - 5)}${REDACTED}`.slice(0, DETAIL_LENGTH) + '…',
    );
    expect(scrubbed.details).not.toContain('sk-');
  });
});

describe('scrubParsedJson', () => {
  const parsedWith = (text: string) => ({ text, parsed: JSON.parse(text) as JsonValue });

  it('hands back the parsed answer itself when its text cannot hold the key', () => {
    const { text, parsed } = parsedWith(JSON.stringify({ history: [{ role: 'user', content: 'Hallo' }] }));
    expect(scrubParsedJson(text, parsed, KEY)).toBe(parsed);
  });

  it.each([
    ['verbatim', JSON.stringify({ echo: `key ${KEY}` })],
    ['as an object key', JSON.stringify({ [KEY]: 1 })],
    ['with its slash escaped, as PHP writes it', `{"echo":"${KEY.replace('/', '\\/')}"}`],
    ['with a letter as a unicode escape', `{"echo":"\\u0073k-Abc/def+ghi=123"}`],
    ['behind an escaped quote and backslash', `{"echo":"\\"\\\\${KEY}"}`],
  ])('scrubs the key when it is in the text %s', (_how, text) => {
    const scrubbed = scrubParsedJson(text, JSON.parse(text) as JsonValue, KEY);
    expect(JSON.stringify(scrubbed)).not.toContain('sk-');
    expect(JSON.stringify(scrubbed)).toContain(REDACTED);
  });

  it('is not fooled by an escaped backslash before a "u"', () => {
    // `\\u0073…` is a backslash and the text "u0073…", not an escaped "s": nothing to find, nothing hidden.
    const { text, parsed } = parsedWith(`{"echo":"\\\\u0073k-Abc/def+ghi=123"}`);
    expect(scrubParsedJson(text, parsed, KEY)).toBe(parsed);
  });
});
