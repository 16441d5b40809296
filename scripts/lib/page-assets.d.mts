/** Types for page-assets.mjs. */
export type Range = [number, number];
export interface FontFace {
  family: string;
  weight: string;
  style: string;
  url: string | null;
  unicodeRange: Range[];
}
export interface MissingGlyph {
  codePoint: number;
  variant: string;
  faces: (string | null)[];
}
export function attributesOf(tag: string): Record<string, string>;
export function htmlAssets(html: string): string[];
export function urlToOutPath(url: string, pagePath?: string): string | null;
export function parseUnicodeRange(value: string): Range[];
export function inRanges(ranges: Range[], codePoint: number): boolean;
export function fontFaces(css: string): FontFace[];
export function decodeEntities(text: string): string;
export function pageCharacters(html: string, scripts?: string[]): Set<number>;
export function usedFaces(faces: FontFace[], characters: Set<number>): FontFace[];
export function missingGlyphs(faces: FontFace[], characters: Set<number>, codePointsByUrl: Map<string | null, Set<number>>): MissingGlyph[];
