import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHECK_CHUNK_LENGTH } from '../../shared/export/keyCheck';
import { downloadExport } from './downloadExport';
import { installFakeMain, removeFakeMain } from '../testing/fakeMainTestKit';

const KEY = 'fam_live_0123456789abcdef';

afterEach(() => {
  removeFakeMain();
  vi.restoreAllMocks();
});

describe('downloadExport', () => {
  it('saves nothing when main finds a key in any piece, even one across a piece boundary', async () => {
    const pieces: string[] = [];
    installFakeMain(async (_channel, input) => {
      const { text } = input as { text: string };
      pieces.push(text);
      return text.includes(KEY)
        ? {
            ok: false,
            error: { code: 'validation', errorCode: 'export_holds_key', reason: 'export_holds_key' },
          }
        : { ok: true, data: { clean: true } };
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const at = CHECK_CHUNK_LENGTH * 2 - 5;
    const text = `${'a'.repeat(at)}${KEY}${'b'.repeat(CHECK_CHUNK_LENGTH)}`;
    const failure = await downloadExport({ fileName: 'x.md', mimeType: 'text/markdown', text });
    expect(failure?.errorCode).toBe('export_holds_key');
    expect(pieces.length).toBeGreaterThan(1);
    expect(click).not.toHaveBeenCalled();
  });
});
