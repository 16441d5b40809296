/** Pure helpers for the font subsetting (geo/cli/subset-fonts.ts): which characters to keep. */

/**
 * Always kept, whatever the content says: ASCII, no-break space, quotes, dashes, the whole basic
 * Arabic alphabet with its vowel marks (a new word in a chapter never needs another font for one
 * letter, which would break the joining), Arabic punctuation and digits, bidi marks.
 */
export const BASE_CHARACTERS =
  range(0x20, 0x7e) +
  range(0x621, 0x63a) +
  range(0x641, 0x652) +
  '\u0670' +
  '\u00a0\u00ab\u00bb\u00b7\u00d7\u2010\u2011\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u2032' +
  '\u060c\u061b\u061f\u0640\u066a\u066b\u066c' +
  range(0x660, 0x669) +
  '\u200c\u200d\u200e\u200f';

export function range(from: number, to: number): string {
  let text = '';
  for (let cp = from; cp <= to; cp++) text += String.fromCodePoint(cp);
  return text;
}

/** Every distinct code point in `texts`, sorted; control characters and line breaks dropped. */
export function charactersOf(texts: Iterable<string>): string {
  const set = new Set<number>();
  for (const text of texts) {
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
      set.add(cp);
    }
  }
  return String.fromCodePoint(...[...set].sort((a, b) => a - b));
}

/** Every string inside a value (objects, arrays), and what its functions return for small numbers. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return stringsIn((value as (...n: number[]) => unknown)(1, 12));
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** Non-ASCII characters written in source files (JSX text and string literals such as '→' or '،'). */
export function nonAsciiIn(text: string): string {
  return text.replace(/[\x00-\x7f]+/g, '');
}
