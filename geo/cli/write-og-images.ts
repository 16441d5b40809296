/**
 * Writes the Open Graph preview images: the closing step (the whole network) for each language,
 * 1200×630, drawn by geo/static-map.ts and rasterised by sharp (librsvg).
 *
 *   npx tsx geo/cli/write-og-images.ts [outDir]
 *
 * The images carry no text: librsvg cannot use the self-hosted woff2 fonts and would set names in
 * whatever the build machine has (Arabic possibly unshaped), and the card shows the page's title
 * and description next to the image anyway. The two languages differ only in the data they are
 * drawn from (identical today); both are written so each page can point at its own.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS, type Lang, type Story } from '../schema';
import type { Basemap } from '../basemap';
import type sharpFunction from 'sharp';
import { toBasemap } from '../basemap';
import { loadStory } from '../load-content';
import { toStoryMapData } from '../story-view';
import { toStaticMapSvg } from '../static-map';

export const OG_SIZE = { width: 1200, height: 630 } as const;

export interface WrittenOgImage {
  readonly lang: Lang;
  readonly file: string;
  readonly bytes: number;
}

export interface OgImageSources {
  /** Defaults to the validated content (loadStory()). */
  story?: Story;
  /** Defaults to a freshly built basemap (toBasemap(), about a second). */
  basemap?: Pick<Basemap, 'features'>;
}

/** The OG image of one language as SVG markup (exported for checks; writeOgImages rasterises it). */
export function toOgSvg(story: Story, lang: Lang, basemap: Pick<Basemap, 'features'>): string {
  const data = toStoryMapData(story, lang);
  return toStaticMapSvg(data, data.steps.length - 1, basemap, {
    ...OG_SIZE,
    padding: { top: 56, right: 64, bottom: 56, left: 64 },
    labels: false,
    inset: false,
    // A preview is shown at ~500 px wide: lines and dots must survive being scaled down by half.
    symbolScale: 2,
    idPrefix: `og-${lang}`,
  });
}

/** Renders og-ar.png and og-en.png into `outDir` and prints their sizes. */
export async function writeOgImages(outDir = 'public/generated', sources: OgImageSources = {}): Promise<WrittenOgImage[]> {
  const sharp = await loadSharp();
  const story = sources.story ?? loadStory();
  const basemap = sources.basemap ?? toBasemap();
  mkdirSync(outDir, { recursive: true });
  const written: WrittenOgImage[] = [];
  for (const lang of LANGS) {
    const svg = toOgSvg(story, lang, basemap);
    const png = await sharp(Buffer.from(svg), { density: 72 })
      .resize(OG_SIZE.width, OG_SIZE.height)
      // Flat colours: a 256-colour palette keeps the antialiasing and is a fraction of the size.
      .png({ palette: true, colours: 256, compressionLevel: 9, effort: 10 })
      .toBuffer();
    const file = path.join(outDir, `og-${lang}.png`);
    writeFileSync(file, png);
    written.push({ lang, file, bytes: png.length });
    console.log(`og image: ${file} ${(png.length / 1024).toFixed(1)} KiB`);
  }
  return written;
}

type Sharp = typeof sharpFunction;

/** sharp comes with Next.js (it optimises images there); say so plainly when it is missing. */
async function loadSharp(): Promise<Sharp> {
  try {
    const mod = (await import('sharp')) as unknown as { default?: Sharp };
    return mod.default ?? (mod as unknown as Sharp);
  } catch (error) {
    throw new Error(
      `The Open Graph images need the "sharp" package (installed with Next.js). Install it with "npm install sharp".\n${String(error)}`,
    );
  }
}

function isMainModule(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && path.resolve(entry) === fileURLToPath(import.meta.url);
}

if (isMainModule()) {
  writeOgImages(process.argv[2]).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
