import { describe, expect, it } from 'vitest';
import { exportThread } from './thread';
import { parseThreadExport } from './threadImport';
import { emptyThreadFixture, EXPORTED_AT, threadFixture } from '../testing/exportTestKit';

describe('thread JSON export', () => {
  it('carries a format marker and version and reads back to the same thread', () => {
    const thread = threadFixture();
    const file = exportThread(thread, 'json', EXPORTED_AT);
    const parsed = parseThreadExport(file.text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.file).toMatchObject({ format: 'famulor-playground-thread', version: 1 });
    expect(parsed.file.exportedAt).toBe(EXPORTED_AT.toISOString());
    expect(parsed.file.detail).toEqual(thread.detail);
    expect(parsed.file.summary).toEqual(thread.summary);
    expect(parsed.file.aiEnabled).toBe(true);
  });

  it('round-trips an empty thread opened by id', () => {
    const parsed = parseThreadExport(exportThread(emptyThreadFixture(), 'json', EXPORTED_AT).text);
    expect(parsed).toMatchObject({
      ok: true,
      file: { summary: null, aiEnabled: null, detail: { history: [] } },
    });
  });

  it('explains what is wrong with a file that is not a thread export', () => {
    expect(parseThreadExport('not json')).toEqual({ ok: false, problem: 'notJson' });
    expect(parseThreadExport('{"format":"other"}')).toEqual({ ok: false, problem: 'notThreadExport' });
    expect(parseThreadExport('{"format":"famulor-playground-thread","version":9}')).toEqual({
      ok: false,
      problem: 'unsupportedVersion',
    });
    const broken = JSON.parse(exportThread(threadFixture(), 'json', EXPORTED_AT).text) as Record<
      string,
      unknown
    >;
    broken.detail = { history: 'none' };
    expect(parseThreadExport(JSON.stringify(broken))).toEqual({
      ok: false,
      problem: 'invalid',
      field: 'detail.history',
    });
  });
});
