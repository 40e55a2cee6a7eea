import { describe, expect, it } from 'vitest';
import { CHECK_CHUNK_LENGTH, CHECK_OVERLAP_LENGTH, checkChunks } from './keyCheck';

describe('checkChunks', () => {
  it('sends a short text whole', () => {
    expect(checkChunks('')).toEqual(['']);
    expect(checkChunks('abc')).toEqual(['abc']);
  });

  it('puts every stretch up to the overlap wholly inside one piece, at every boundary', () => {
    const text = 'x'.repeat(CHECK_CHUNK_LENGTH * 3 + 12345);
    const chunks = checkChunks(text);
    expect(chunks.length).toBe(3);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThanOrEqual(
      CHECK_CHUNK_LENGTH + CHECK_OVERLAP_LENGTH,
    );
    const marker = 'K'.repeat(CHECK_OVERLAP_LENGTH);
    for (const boundary of [CHECK_CHUNK_LENGTH, CHECK_CHUNK_LENGTH * 2, CHECK_CHUNK_LENGTH * 3]) {
      for (const offset of [-CHECK_OVERLAP_LENGTH, -1, 0, 1 - CHECK_OVERLAP_LENGTH / 2]) {
        const at = boundary + offset;
        const planted = text.slice(0, at) + marker + text.slice(at + marker.length);
        expect(
          checkChunks(planted).some((chunk) => chunk.includes(marker)),
          `at ${at}`,
        ).toBe(true);
      }
    }
  });
});
