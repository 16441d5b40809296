/** @jest-environment node */
/**
 * The font subsetting: which characters are kept (geo/font-characters.ts), and the cmap reader
 * the size check uses to prove that every character on a page has a glyph (scripts/lib/font-cmap.mjs).
 */
import { readFileSync } from 'node:fs';
import { BASE_CHARACTERS, charactersOf, nonAsciiIn, range, stringsIn } from '@/geo/font-characters';
import { fontCodePoints } from '../../scripts/lib/font-cmap.mjs';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- subset-font ships no types
const subsetFont = require('subset-font') as (font: Buffer, text: string, options: { targetFormat: string }) => Promise<Buffer>;
const ARABIC = require.resolve('@fontsource-variable/noto-naskh-arabic/files/noto-naskh-arabic-arabic-wght-normal.woff2');
const LATIN = require.resolve('@fontsource-variable/noto-sans/files/noto-sans-latin-wght-normal.woff2');

describe('charactersOf', () => {
  it('keeps each code point once, sorted, without control characters', () => {
    expect(charactersOf(['ba\n', 'قطر', 'ab\t\u0085'])).toBe('abرطق');
  });

  it('keeps characters outside the Basic Multilingual Plane whole', () => {
    expect([...charactersOf(['a😀'])]).toEqual(['a', '😀']);
  });
});

describe('stringsIn', () => {
  it('collects nested strings and what functions return', () => {
    const strings = { a: 'x', b: ['y', { c: 'z' }], step: (n: number, total: number) => `${n} من ${total}`, n: 3 };
    expect(stringsIn(strings)).toEqual(['x', 'y', 'z', '1 من 12']);
  });
});

describe('nonAsciiIn and the base set', () => {
  it('keeps only the non-ASCII characters of source text', () => {
    expect(nonAsciiIn("{lang === 'ar' ? '→' : '←'} · ، ")).toBe('→←·،');
  });

  it('always keeps ASCII, the Arabic alphabet and its marks, and Arabic punctuation', () => {
    for (const ch of [...range(0x20, 0x7e), 'ء', 'ي', 'ً', 'ْ', '،', '؛', '؟', '٠', '٩', '…', '—']) expect(BASE_CHARACTERS).toContain(ch);
  });
});

describe('fontCodePoints', () => {
  it('reads the cmap of the whole fontsource files', () => {
    const arabic = fontCodePoints(readFileSync(ARABIC));
    expect(arabic.has(0x627)).toBe(true);
    expect(arabic.has(0x41)).toBe(false);
    const latin = fontCodePoints(readFileSync(LATIN));
    expect(latin.has(0x41)).toBe(true);
    expect(latin.has(0x627)).toBe(false);
  });

  it('reads exactly what a subset keeps, in WOFF2 and in TrueType', async () => {
    const woff2 = await subsetFont(readFileSync(ARABIC), 'قطر', { targetFormat: 'woff2' });
    expect([...fontCodePoints(woff2)].sort()).toEqual([0x631, 0x637, 0x642]);
    const sfnt = await subsetFont(readFileSync(LATIN), 'Qatar 2022', { targetFormat: 'sfnt' });
    expect(String.fromCodePoint(...[...fontCodePoints(sfnt)].sort((a, b) => a - b))).toBe(' 02Qart');
  });

  it('a subset keeps the Arabic joining forms (GSUB closure): far bigger than one glyph per letter', async () => {
    const letters = await subsetFont(readFileSync(ARABIC), 'بتث', { targetFormat: 'sfnt' });
    const numGlyphs = (font: Buffer) => {
      const tables = font.readUInt16BE(4);
      for (let i = 0; i < tables; i++) {
        if (font.toString('latin1', 12 + i * 16, 16 + i * 16) === 'maxp') return font.readUInt16BE(font.readUInt32BE(20 + i * 16) + 4);
      }
      return 0;
    };
    // .notdef + 3 letters would be 4 glyphs; initial, medial and final forms add many more.
    expect(numGlyphs(letters)).toBeGreaterThan(8);
  });
});
