import { describe, expect, it } from 'vitest';
import { DETAIL_LENGTH, REDACTED, scrubError, scrubText } from './redact';

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
