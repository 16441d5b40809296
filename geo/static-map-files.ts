/**
 * The static maps as files: one SVG per step and language, in two framings.
 *
 *   figure   the chapter's map with its key (640 × 400 + key): with JavaScript off, without WebGL
 *            and in print, where the live map cannot be shown
 *   preview  the map column's picture until the live map starts, for wide screens and for phones
 *            (no key, more room around the places, because CSS crops it to the column's shape)
 *
 * They are files, not inline SVG, so a page carries neither the drawings nor React's copy of
 * them: only a reader who sees one downloads it. app/[lang]/maps/[kind]/[file]/route.ts serves
 * them (and the static export writes them out); components link them with staticMapUrl()
 * (geo/static-map-url.ts).
 */
import type { Basemap } from './basemap';
import type { LinkKind } from './schema';
import type { StoryMapData } from './story-view';
import { STATIC_MAP_SIZE, staticMapSize, toStaticMap, toSvgString, type StaticMapOptions } from './static-map';
import type { Viewport } from './camera';
import type { StaticMapKind } from './static-map-url';

/**
 * The previews: near the size of the map column beside the text on wide screens and above it on
 * phones, with room around the places for CSS to crop the drawing to the column's exact shape
 * and for the bars laid over the map. No inset: the live map they stand in for has none.
 */
const PREVIEW_FRAMING = {
  'preview-wide': { width: 720, height: 600, padding: { top: 110, right: 150, bottom: 110, left: 150 }, inset: false },
  'preview-narrow': { width: 400, height: 340, padding: { top: 70, right: 50, bottom: 90, left: 50 }, inset: false },
} as const;

/**
 * A standalone SVG is an image: it cannot use the page's web fonts, so it names the fonts a
 * reader's system is likely to have (Noto first, as on the page).
 */
const STANDALONE_FONTS = "'Noto Naskh Arabic', 'Noto Sans', 'Geeza Pro', 'Segoe UI', Tahoma, Arial, sans-serif";

export interface StaticMapFileOptions {
  kind: StaticMapKind;
  /** The accessible name inside the file (the page gives the <img> its own alt text). */
  title: string;
  /** Words for the figure's key, per link kind. */
  legend: Partial<Record<LinkKind, string>>;
}

/** How each kind is framed: the options toStaticMap and staticMapSize take. */
function framingOf(kind: StaticMapKind, legend: Partial<Record<LinkKind, string>>): StaticMapOptions {
  return kind === 'figure' ? { ...STATIC_MAP_SIZE, legend } : PREVIEW_FRAMING[kind];
}

export function staticMapFile(data: StoryMapData, index: number, basemap: Pick<Basemap, 'features'>, { kind, title, legend }: StaticMapFileOptions): string {
  return toSvgString(toStaticMap(data, index, basemap, framingOf(kind, legend)), { title, fontFamily: STANDALONE_FONTS });
}

/** The size an <img> of the file reserves before it loads (its viewBox), so nothing shifts when it arrives. */
export function staticMapFileSize(data: StoryMapData, index: number, kind: StaticMapKind, legend: Partial<Record<LinkKind, string>>): Viewport {
  return staticMapSize(data, index, framingOf(kind, legend));
}
