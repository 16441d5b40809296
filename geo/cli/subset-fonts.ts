/**
 * The self-hosted fonts, cut down to the characters the pages use (build), or copied whole
 * (the editors' preview, where content changes without a rebuild).
 *
 * The characters come from everything a reader can see: the content (chapters, places, links,
 * sources), the interface's strings, the map's country names, the dates and lists the pages
 * format with Intl, the non-ASCII characters written in app/ and components/, plus ASCII and
 * common punctuation. HarfBuzz (subset-font) keeps every glyph the kept characters can reach
 * through OpenType substitutions, so Arabic letters keep their joining forms and ligatures.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { LANGS } from '../schema';
import { loadStory } from '../load-content';
import { toSafeHtml } from '../markdown';
import { COUNTRY_NAMES } from '../basemap';
import { UI_STRINGS, formatIsoDate } from '../../components/story/strings';
import { BASE_CHARACTERS, charactersOf, nonAsciiIn, stringsIn } from '../font-characters';

const require = createRequire(__filename);
type VariationAxes = Record<string, number | { min: number; max: number }>;
const subsetFont = require('subset-font') as (font: Buffer, text: string, options: { targetFormat: 'woff2'; variationAxes?: VariationAxes }) => Promise<Buffer>;

/**
 * Only the scripts the pages use, one variable file each: one file with the weight axis cut to
 * the 400–700 the pages use is smaller than a regular and a bold file (20 + 13 KiB against
 * 23 + 15 KiB, subset), and one request instead of two. app/fonts.css gives each its unicode-range.
 */
export const FONTS: Readonly<Record<string, { from: string; axes: VariationAxes }>> = {
  'naskh-arabic.woff2': {
    from: '@fontsource-variable/noto-naskh-arabic/files/noto-naskh-arabic-arabic-wght-normal.woff2',
    axes: { wght: { min: 400, max: 700 } },
  },
  'noto-sans-latin.woff2': {
    from: '@fontsource-variable/noto-sans/files/noto-sans-latin-wght-normal.woff2',
    axes: { wght: { min: 400, max: 700 } },
  },
};

/** What Intl writes on the pages: dates at every precision, lists of names. */
export function intlTexts(): string[] {
  const texts: string[] = [];
  for (const lang of LANGS) {
    for (let month = 1; month <= 12; month++) {
      const mm = String(month).padStart(2, '0');
      texts.push(formatIsoDate(`2022-${mm}-28`, lang), formatIsoDate(`2022-${mm}`, lang));
    }
    texts.push(formatIsoDate('2022', lang));
    texts.push(new Intl.ListFormat(lang, { type: 'conjunction' }).format(['a', 'b', 'c']));
    texts.push(new Intl.ListFormat(lang, { type: 'conjunction' }).format(['a', 'b']));
  }
  return texts;
}

function* filesUnder(dir: string, pattern: RegExp): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full, pattern);
    else if (pattern.test(entry.name)) yield full;
  }
}

/** The characters the pages can show, for the content under `contentRoot` and the code in `codeRoot`. */
export function usedCharacters(contentRoot: string = process.cwd(), codeRoot: string = path.resolve(__dirname, '../..')): string {
  const story = loadStory(contentRoot);
  const texts: string[] = [BASE_CHARACTERS, ...stringsIn(story), ...stringsIn(UI_STRINGS), ...intlTexts()];
  for (const lang of LANGS) for (const chapter of story.chapters[lang]) texts.push(toSafeHtml(chapter.body, lang));
  for (const country of COUNTRY_NAMES) texts.push(country.name_en, country.name_ar);
  // The raw content files too (front matter included), in case a renderer adds what the loader does not keep.
  for (const file of filesUnder(path.join(contentRoot, 'content'), /\.(md|json|geojson)$/)) texts.push(readFileSync(file, 'utf8'));
  for (const dir of ['app', 'components']) {
    for (const file of filesUnder(path.join(codeRoot, dir), /\.(ts|tsx)$/)) texts.push(nonAsciiIn(readFileSync(file, 'utf8')));
  }
  return charactersOf(texts);
}

export interface WrittenFont {
  name: string;
  originalBytes: number;
  bytes: number;
}

/**
 * Writes the fonts to `outDir`: subset to `characters`, or whole when `characters` is null. */
export async function writeFonts(outDir: string, characters: string | null): Promise<WrittenFont[]> {
  mkdirSync(outDir, { recursive: true });
  const written: WrittenFont[] = [];
  removeStaleFonts(outDir);
  for (const [name, { from, axes }] of Object.entries(FONTS)) {
    const source = require.resolve(from);
    const target = path.join(outDir, name);
    const original = readFileSync(source);
    if (characters === null) {
      copyFileSync(source, target);
      written.push({ name, originalBytes: original.length, bytes: original.length });
      continue;
    }
    const subset = await subsetFont(original, characters, { targetFormat: 'woff2', variationAxes: axes });
    writeFileSync(target, subset);
    written.push({ name, originalBytes: original.length, bytes: subset.length });
  }
  return written;
}

/** The output folder is generated: a font a former build wrote and FONTS no longer names would ship unused. */
function removeStaleFonts(outDir: string): void {
  for (const entry of readdirSync(outDir)) {
    if (entry.endsWith('.woff2') && !(entry in FONTS)) rmSync(path.join(outDir, entry));
  }
}

/** prepare-build's step: subset for builds, whole fonts for the preview (`--dev`). */
export async function prepareFonts(outDir = 'public/fonts', dev = false): Promise<void> {
  const characters = dev ? null : usedCharacters();
  const written = await writeFonts(outDir, characters);
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  const summary = written.map((f) => `${f.name} ${kib(f.bytes)}${dev ? '' : ` (was ${kib(f.originalBytes)})`}`).join(', ');
  console.log(`fonts: ${dev ? 'copied whole (preview)' : `subset to ${characters!.length} characters`}: ${summary}`);
}
