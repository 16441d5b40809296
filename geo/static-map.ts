/**
 * Static maps: each step drawn as a small SVG at build time, from the same content and the same
 * camera as the live map. They stand in for MapLibre with JavaScript off, without WebGL and in
 * print, and the closing step becomes the Open Graph image (geo/cli/write-og-images.ts).
 *
 * Pure (no I/O, no React): `toStaticMap` returns drawing data in viewBox pixels, `toSvgNodes`
 * turns it into an SVG element tree that both the React component (components/story/StaticMap.tsx)
 * and `toSvgString` (the OG images, the size checks) render, so the two cannot drift apart.
 *
 * The projection is d3's Mercator set up as MapLibre's camera (512 px tiles): scale
 * 512·2^zoom / 2π, the camera centre in the middle of the viewport, no resampling. It projects
 * vertices only; clipping happens afterwards in the plane, because MapLibre draws every edge as a
 * straight line in Mercator while d3's spherical pipeline reads each edge as a great circle. The
 * basemap has long straight edges where its detail levels were cut apart (Afro-Eurasia south of
 * 12°N ends in a 125°-long edge along 12°N): as a great circle that edge bulges over Arabia, and d3
 * then fills the whole view. So: project each vertex, clip lines with d3's planar rectangle clip,
 * clip polygons with Sutherland–Hodgman (which, unlike d3's rectangle clip, does not depend on
 * ring orientation; the land is filled even-odd), simplify in screen space (Douglas–Peucker) and
 * write relative moves in tenths of a pixel.
 *
 * Places closer than a few pixels (Doha and Lusail Stadium are 15 km apart; with Rabat in the same
 * view they are 2 px apart) get an inset: a close-up in the emptiest corner, where they are
 * labelled and where the link between them can be seen at all.
 */
import { geoIdentity, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Geometry, Position } from 'geojson';
import { fitBounds, TILE_SIZE, type Padding, type Viewport } from './camera';
import { LINK_STYLES, PALETTE } from './palette';
import { POINT_ANCHORS, intersects, placeLabels, type Anchor, type LabelInput, type Rect } from './label-layout';
import { LINK_KINDS, type Camera, type Lang, type LinkKind, type LngLat } from './schema';
import type { MapStep, StoryMapData } from './story-view';
import type { Basemap } from './basemap';
import { linkArcs } from './arcs';

// ---------------------------------------------------------------------------
// Options and output
// ---------------------------------------------------------------------------

/** The size the chapter maps are drawn at (their viewBox); CSS scales them to the column. */
export const STATIC_MAP_SIZE: Viewport = { width: 640, height: 400 };
/** Room around the step's places: 24 px plus space for a label beside a place on the edge. */
export const STATIC_MAP_PADDING: Padding = { top: 36, right: 36, bottom: 36, left: 36 };
/** As the live map (components/map/StoryMap.tsx): a single place keeps its surroundings. */
export const STATIC_MAP_MAX_ZOOM = 10;
/** Budget for one chapter map, in bytes of SVG markup (checked by the tests). */
export const STATIC_MAP_BUDGET_BYTES = 25_000;
/** Active places closer than this (px, centre to centre) cannot be told apart: they get an inset. */
export const CLUSTER_DISTANCE = 16;

export interface StaticMapOptions {
  width?: number;
  height?: number;
  padding?: Padding;
  maxZoom?: number;
  /** Place and country names (off for the OG images: librsvg has neither the page fonts nor the shaping we want). */
  labels?: boolean;
  /** A close-up of places too close to tell apart; on by default. */
  inset?: boolean;
  /** Multiplies line widths, dot sizes and arrows; the static maps are shown smaller than the live map. */
  symbolScale?: number;
  /** Text of the key, per link kind; when given, a strip under the map explains the step's link kinds. */
  legend?: Partial<Record<LinkKind, string>>;
  /** Screen-space simplification tolerance for the basemap, px. */
  tolerance?: number;
}

export interface StaticLink {
  id: string;
  kind: LinkKind;
  active: boolean;
  /** SVG path data in viewBox pixels. */
  d: string;
  color: string;
  /** SVG stroke-dasharray (the kind's MapLibre pattern times the line width), or null for solid. */
  dasharray: string | null;
}
export interface StaticArrow {
  id: string;
  kind: LinkKind;
  /** A two-pixel path ending at the arc's middle, pointing along the arc; it carries the marker. */
  d: string;
}
export interface StaticPlace {
  id: string;
  name: string;
  active: boolean;
  x: number;
  y: number;
}
export interface StaticLabel {
  id: string;
  role: 'place' | 'country';
  text: string;
  /** Anchor point of the SVG text (on the baseline). */
  x: number;
  y: number;
  /** SVG text-anchor, already flipped for right-to-left text. */
  anchor: 'start' | 'middle' | 'end';
  rtl: boolean;
  fontSize: number;
  /** The box the layout reserved (estimated text size). */
  box: Rect;
}
export interface StaticLegendItem {
  kind: LinkKind;
  text: string;
  swatch: { x1: number; x2: number; y: number };
  x: number;
  y: number;
  anchor: 'start' | 'end';
  rtl: boolean;
}

/** One map view: the main map, or the inset. Coordinates are in the SVG's viewBox. */
export interface StaticFrame {
  rect: Rect;
  camera: Camera;
  land: string;
  borders: string;
  disputedBorders: string;
  /** Dimmed links first, then the step's own (drawn on top). */
  links: StaticLink[];
  arrows: StaticArrow[];
  /** Dimmed places first, then the step's own. */
  places: StaticPlace[];
  labels: StaticLabel[];
}

export interface StaticSymbols {
  lineWidth: number;
  casingWidth: number;
  borderWidth: number;
  arrowSize: number;
  dotRadius: { active: number; dim: number; activeHalo: number; dimHalo: number };
}

export interface StaticMapDrawing {
  lang: Lang;
  stepId: string;
  /** The main map's camera. */
  camera: Camera;
  /** viewBox size: the map plus the key strip below it, if any. */
  width: number;
  height: number;
  mapHeight: number;
  map: StaticFrame;
  /** The close-up, and the box on the main map that it magnifies. */
  inset: (StaticFrame & { focus: Rect; placeIds: string[] }) | null;
  symbols: StaticSymbols;
  legend: StaticLegendItem[];
}

// ---------------------------------------------------------------------------
// Camera and projection
// ---------------------------------------------------------------------------

/**
 * The step's camera for a static viewport: the editors' camera when the step has one and it
 * keeps every place of the step in view, otherwise the same fit as the live map.
 */
export function staticMapCamera(
  step: MapStep,
  places: ReadonlyMap<string, LngLat>,
  viewport: Viewport = STATIC_MAP_SIZE,
  padding: Padding = STATIC_MAP_PADDING,
  maxZoom = STATIC_MAP_MAX_ZOOM,
): Camera {
  const fitted = () => fitBounds(step.bbox, viewport, { padding, maxZoom });
  if (!step.camera) return fitted();
  // A camera chosen for the full-screen map can crop a small static map: fall back to the fit then.
  const projection = toStaticProjection(step.camera, viewport);
  const inView = step.places.every((id) => {
    const p = places.get(id);
    const xy = p && projection(p);
    return !!xy && xy[0] >= 0 && xy[0] <= viewport.width && xy[1] >= 0 && xy[1] <= viewport.height;
  });
  return inView ? step.camera : fitted();
}

/**
 * d3's Mercator with MapLibre's camera: `projection(lngLat)` is `projectToScreen(lngLat, camera,
 * viewport)` (north up, no pitch), shifted by `origin` when the view is not at the SVG's top left.
 * No resampling (precision 0): MapLibre draws edges straight in Mercator, and so must we.
 */
export function toStaticProjection(camera: Camera, viewport: Viewport, origin: [number, number] = [0, 0]): GeoProjection {
  return geoMercator()
    .scale((TILE_SIZE * 2 ** camera.zoom) / (2 * Math.PI))
    .center(camera.center)
    .translate([origin[0] + viewport.width / 2, origin[1] + viewport.height / 2])
    .precision(0);
}

// ---------------------------------------------------------------------------
// Geometry: collect projected lines, simplify, encode
// ---------------------------------------------------------------------------

type Pt = [number, number];
interface Run {
  points: Pt[];
  closed: boolean;
}

/** A d3-geo path context that keeps the projected, clipped coordinates instead of drawing. */
class Collector {
  runs: Run[] = [];
  private current: Run | null = null;
  beginPath() {}
  moveTo(x: number, y: number) {
    this.current = { points: [[x, y]], closed: false };
    this.runs.push(this.current);
  }
  lineTo(x: number, y: number) {
    this.current?.points.push([x, y]);
  }
  closePath() {
    if (this.current) this.current.closed = true;
    this.current = null;
  }
  arc() {}
}

interface Extent {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const toScreen = (projection: GeoProjection, p: Position): Pt => {
  const xy = projection([p[0]!, Math.max(-85.051129, Math.min(85.051129, p[1]!))]);
  return xy ? [xy[0], xy[1]] : [NaN, NaN];
};

/** Lines of a (Multi)LineString, projected and cut to the extent by d3's planar rectangle clip. */
function projectLines(projection: GeoProjection, geometry: Geometry, extent: Extent): Run[] {
  const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.type === 'MultiLineString' ? geometry.coordinates : [];
  const clip = geoIdentity().clipExtent([
    [extent.x0, extent.y0],
    [extent.x1, extent.y1],
  ]);
  const collector = new Collector();
  const path = geoPath(clip, collector as never);
  for (const line of lines) path({ type: 'LineString', coordinates: line.map((p) => toScreen(projection, p)) });
  return collector.runs;
}

/** Rings of a (Multi)Polygon, projected and cut to the extent; rings outside it are dropped. */
function projectRings(projection: GeoProjection, geometry: Geometry, extent: Extent): Run[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  const runs: Run[] = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      // GeoJSON repeats the first position at the end; the clipper wants each vertex once.
      const points = ring.slice(0, -1).map((p) => toScreen(projection, p));
      const clipped = clipRing(points, extent);
      if (clipped.length >= 3) runs.push({ points: clipped, closed: true });
    }
  }
  return runs;
}

/**
 * Sutherland–Hodgman against the extent. A ring that leaves and re-enters comes back as one ring
 * joined along the extent's edge (zero-width there, and the extent lies outside the viewport).
 */
export function clipRing(ring: readonly Pt[], { x0, y0, x1, y1 }: Extent): Pt[] {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of ring) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  if (!(maxX >= x0 && minX <= x1 && maxY >= y0 && minY <= y1)) return [];
  if (minX >= x0 && maxX <= x1 && minY >= y0 && maxY <= y1) return [...ring];
  const atX = (a: Pt, b: Pt, x: number): Pt => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
  const atY = (a: Pt, b: Pt, y: number): Pt => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
  const edges: [(p: Pt) => boolean, (a: Pt, b: Pt) => Pt][] = [
    [(p) => p[0] >= x0, (a, b) => atX(a, b, x0)],
    [(p) => p[0] <= x1, (a, b) => atX(a, b, x1)],
    [(p) => p[1] >= y0, (a, b) => atY(a, b, y0)],
    [(p) => p[1] <= y1, (a, b) => atY(a, b, y1)],
  ];
  let out: Pt[] = [...ring];
  for (const [inside, cut] of edges) {
    const input = out;
    out = [];
    let previous = input[input.length - 1];
    for (const current of input) {
      if (!previous) break;
      if (inside(current)) {
        if (!inside(previous)) out.push(cut(previous, current));
        out.push(current);
      } else if (inside(previous)) {
        out.push(cut(previous, current));
      }
      previous = current;
    }
    if (out.length < 3) return [];
  }
  return out;
}

function distanceToSegment([px, py]: Pt, [ax, ay]: Pt, [bx, by]: Pt): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2)) : 0;
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Douglas–Peucker (iterative, so long coasts cannot overflow the stack). */
export function simplifyLine(points: readonly Pt[], tolerance: number): Pt[] {
  if (points.length <= 2 || tolerance <= 0) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let worst = -1;
    let worstDistance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(points[i]!, points[first]!, points[last]!);
      if (d > worstDistance) {
        worst = i;
        worstDistance = d;
      }
    }
    if (worst > 0) {
      keep[worst] = 1;
      stack.push([first, worst], [worst, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function ringArea(points: readonly Pt[]): number {
  let area = 0;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    area += (points[j]![0] + points[i]![0]) * (points[j]![1] - points[i]![1]);
  }
  return Math.abs(area / 2);
}

function simplifyRun(run: Run, tolerance: number): Run | null {
  if (!run.closed) {
    const points = simplifyLine(run.points, tolerance);
    return points.length >= 2 ? { points, closed: false } : null;
  }
  // A ring: split at its farthest point from the start so both halves have distinct ends.
  const ring = run.points;
  if (ring.length < 3) return null;
  let far = 1;
  let farDistance = -1;
  for (let i = 1; i < ring.length; i++) {
    const d = Math.hypot(ring[i]![0] - ring[0]![0], ring[i]![1] - ring[0]![1]);
    if (d > farDistance) {
      far = i;
      farDistance = d;
    }
  }
  const a = simplifyLine(ring.slice(0, far + 1), tolerance);
  const b = simplifyLine([...ring.slice(far), ring[0]!], tolerance);
  const points = [...a, ...b.slice(1, -1)];
  return points.length >= 3 ? { points, closed: true } : null;
}

/** Tenths of a pixel, the precision the SVG is written at. */
const tenths = (n: number) => Math.round(n * 10);

function formatTenths(n: number): string {
  if (n % 10 === 0) return String(n / 10);
  const sign = n < 0 ? '-' : '';
  const abs = Math.abs(n);
  const whole = Math.floor(abs / 10);
  return `${sign}${whole === 0 ? '' : whole}.${abs % 10}`;
}

/**
 * `M x y` then relative `l dx dy …`, without separators a parser does not need. Coordinates are
 * rounded to `quantum` tenths of a pixel: 1 (0.1 px) for links and arrows, 10 (whole pixels) for
 * the basemap, where half a pixel is invisible and whole numbers halve the bytes.
 */
export function encodePath(runs: readonly Run[], quantum = 1): string {
  let out = '';
  for (const run of runs) {
    const points: [number, number][] = [];
    for (const [x, y] of run.points) {
      const p: [number, number] = [Math.round(tenths(x) / quantum) * quantum, Math.round(tenths(y) / quantum) * quantum];
      const last = points[points.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) points.push(p);
    }
    if (run.closed) {
      const first = points[0];
      const last = points[points.length - 1];
      if (first && last && points.length > 1 && first[0] === last[0] && first[1] === last[1]) points.pop();
    }
    if (points.length < (run.closed ? 3 : 2)) continue;
    let segment = `M${joinNumbers(points[0]!.map(formatTenths))}l`;
    const deltas: string[] = [];
    for (let i = 1; i < points.length; i++) {
      deltas.push(formatTenths(points[i]![0] - points[i - 1]![0]), formatTenths(points[i]![1] - points[i - 1]![1]));
    }
    segment += joinNumbers(deltas);
    out += run.closed ? `${segment}z` : segment;
  }
  return out;
}

function joinNumbers(numbers: string[]): string {
  let out = '';
  for (const [i, n] of numbers.entries()) out += i === 0 || n.startsWith('-') ? n : ` ${n}`;
  return out;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

// ---------------------------------------------------------------------------
// Text size estimates (the layout runs at build time, without fonts)
// ---------------------------------------------------------------------------

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
export const isArabic = (text: string) => ARABIC.test(text);

/**
 * Advances in the page's bold fonts, in hundredths of an em, measured in Chromium from the
 * self-hosted woff2 files: Noto Sans Bold per Latin letter; Noto Naskh Arabic Bold per letter as
 * [joined (medial) form, isolated form]. Regular weight is a few per cent narrower.
 */
const LATIN_BOLD: Record<string, number> = Object.fromEntries(
  [
    ['abcdefghijklmnopqrstuvwxyz', [60, 63, 52, 63, 60, 39, 63, 65, 30, 30, 62, 30, 97, 65, 62, 63, 63, 45, 50, 43, 65, 57, 86, 58, 57, 49]],
    ['ABCDEFGHIJKLMNOPQRSTUVWXYZ', [69, 66, 64, 73, 56, 55, 72, 76, 39, 33, 66, 56, 94, 81, 79, 62, 79, 66, 55, 58, 76, 65, 97, 67, 63, 58]],
    [" .,-'’", [26, 28, 28, 32, 27, 22]],
  ].flatMap(([chars, widths]) => [...(chars as string)].map((ch, i) => [ch, (widths as number[])[i]!])),
);
const ARABIC_BOLD: Record<string, [number, number]> = Object.fromEntries(
  'ء41,45 آ29,28 أ29,28 إ29,28 ا29,28 ؤ49,50 و49,50 ئ29,64 ى29,64 ب29,81 ن29,60 ت36,81 ث36,81 ي36,64 ة47,42 ج66,65 ح66,65 خ66,65 د48,43 ذ48,43 ر39,38 ز39,38 س70,106 ش70,106 ص85,113 ض85,113 ط71,79 ظ71,79 ع45,60 غ45,60 ف41,85 ق41,65 ك47,62 ل24,61 م41,50 ه40,67'
    .split(' ')
    .map((entry) => {
      const [medial, isolated] = entry.slice(1).split(',').map(Number);
      return [entry[0]!, [medial!, isolated!]];
    }),
);

/**
 * Estimated advance of `text` in the page fonts (Noto Sans, Noto Naskh Arabic), px. Arabic words
 * are their letters' joined widths plus most of the wider final form of the last letter. Checked
 * against Chromium on the story's names: 0–15 % wider than drawn (see __tests__/geo/static-map.test.ts).
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let hundredths = 0;
  for (const word of text.split(/(\s+)/)) {
    if (!word) continue;
    if (/^\s+$/.test(word)) {
      hundredths += (isArabic(text) ? 22 : 26) * word.length;
      continue;
    }
    const letters = [...word];
    letters.forEach((ch, i) => {
      const arabic = ARABIC_BOLD[ch];
      if (arabic) {
        const last = i === letters.length - 1 || !ARABIC_BOLD[letters[i + 1]!];
        hundredths += last ? arabic[0] + 0.7 * Math.max(0, arabic[1] - arabic[0]) : arabic[0];
      } else if (ARABIC.test(ch)) {
        hundredths += 10; // marks and rarer letters: narrow, or nothing (harakat)
      } else {
        hundredths += LATIN_BOLD[ch] ?? 60;
      }
    });
  }
  // A small margin on top of the table: kerning and rounding differ between browsers, and Arabic
  // initial forms run wider than the joined forms measured.
  return (hundredths / 100) * fontSize * (bold ? 1 : 0.95) * (isArabic(text) ? 1.12 : 1.04);
}

/** Line box height: Naskh's marks reach further above and below than Latin. */
const lineHeight = (fontSize: number, rtl: boolean) => fontSize * (rtl ? 1.5 : 1.25);

/** The baseline that centres the text's visible glyphs on `centerY`. */
const baselineFor = (centerY: number, fontSize: number, rtl: boolean) => centerY + fontSize * (rtl ? 0.3 : 0.36);

// ---------------------------------------------------------------------------
// The drawing
// ---------------------------------------------------------------------------

const PLACE_FONT = 15;
const INSET_PLACE_FONT = 13.5;
const COUNTRY_FONT = 12.5;
const LEGEND_FONT = 12.5;

/** MapLibre's `interpolate linear` on zoom, clamped at the stops. */
const byZoom = (zoom: number, z0: number, v0: number, z1: number, v1: number) =>
  v0 + (v1 - v0) * Math.max(0, Math.min(1, (zoom - z0) / (z1 - z0)));

type BasemapLike = Pick<Basemap, 'features'>;

interface FrameInput {
  data: StoryMapData;
  /** Every link's arc (geo/arcs.ts linkArcs). */
  arcs: ReadonlyMap<string, LngLat[]>;
  step: MapStep;
  basemap: BasemapLike;
  camera: Camera;
  rect: Rect;
  symbols: StaticSymbols;
  tolerance: number;
  /** Clip a pixel outside the frame (the main map, whose edge is the SVG's) or exactly at it (the inset). */
  bleed: number;
}

type FrameGeometry = Omit<StaticFrame, 'labels'> & { projection: GeoProjection };

function drawFrame({ data, arcs, step, basemap, camera, rect, symbols, tolerance, bleed }: FrameInput): FrameGeometry {
  const projection = toStaticProjection(camera, rect, [rect.x, rect.y]);
  const extent: Extent = { x0: rect.x - bleed, y0: rect.y - bleed, x1: rect.x + rect.width + bleed, y1: rect.y + rect.height + bleed };

  // Basemap: land as one path, borders as two (settled, disputed).
  const landRuns: Run[] = [];
  const borderRuns: Run[] = [];
  const disputedRuns: Run[] = [];
  for (const feature of basemap.features) {
    const p = feature.properties;
    if (p.layer === 'land') {
      for (const run of projectRings(projection, feature.geometry, extent)) {
        const simple = simplifyRun(run, tolerance);
        // Islands of a few square pixels only add bytes.
        if (simple && ringArea(simple.points) >= 3) landRuns.push(simple);
      }
    } else if (p.layer === 'border') {
      const target = p.disputed ? disputedRuns : borderRuns;
      // Borders matter less than coasts: a coarser tolerance, and no fragments shorter than a few pixels.
      for (const run of projectLines(projection, feature.geometry, extent)) {
        const simple = simplifyRun(run, tolerance * 1.3);
        if (simple && lineLength(simple.points) >= 6) target.push(simple);
      }
    }
  }

  // Links: all of them, the step's own highlighted (as the live map: others at 18 % opacity).
  const activeLinks = new Set(step.links);
  const links: StaticLink[] = [];
  const arrows: StaticArrow[] = [];
  for (const link of data.links) {
    const arc = arcs.get(link.id)!;
    const runs = projectLines(projection, { type: 'LineString', coordinates: arc }, extent)
      .map((run) => simplifyRun(run, 0.4))
      .filter((run): run is Run => run !== null);
    const d = encodePath(runs);
    if (!d) continue;
    const style = LINK_STYLES[link.kind];
    const active = activeLinks.has(link.id);
    links.push({
      id: link.id,
      kind: link.kind,
      active,
      d,
      color: style.color,
      dasharray: style.dash.length ? style.dash.map((n) => round1(n * symbols.lineWidth)).join(' ') : null,
    });
    if (active) {
      const arrow = arrowAt(projection, arc, rect, symbols.arrowSize);
      if (arrow) arrows.push({ id: link.id, kind: link.kind, d: arrow });
    }
  }
  links.sort((a, b) => Number(a.active) - Number(b.active));

  // Places: dimmed dots under the step's own; none overhanging the frame.
  const activePlaces = new Set(step.places);
  const margin = bleed > 0 ? -10 : symbols.dotRadius.activeHalo;
  const places: StaticPlace[] = data.places
    .map((place) => {
      const [x, y] = toScreen(projection, place.lngLat);
      return { id: place.id, name: place.name, active: activePlaces.has(place.id), x: round1(x), y: round1(y) };
    })
    .filter((p) => Number.isFinite(p.x) && insideRect(p, rect, margin))
    .sort((a, b) => Number(a.active) - Number(b.active));

  return {
    rect,
    camera,
    projection,
    land: encodePath(landRuns, 10),
    borders: encodePath(borderRuns, 10),
    disputedBorders: encodePath(disputedRuns, 10),
    links,
    arrows,
    places,
  };
}

const insideRect = (p: { x: number; y: number }, r: Rect, margin = 0) =>
  p.x >= r.x + margin && p.x <= r.x + r.width - margin && p.y >= r.y + margin && p.y <= r.y + r.height - margin;

function lineLength(points: readonly Pt[]): number {
  let length = 0;
  for (let i = 1; i < points.length; i++) length += Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]);
  return length;
}

/**
 * The viewBox size toStaticMap gives for these options (the map, plus its key when there is one),
 * without drawing anything: what a page reserves for the image of a drawing made elsewhere.
 */
export function staticMapSize(data: StoryMapData, stepIndex: number, options: Pick<StaticMapOptions, 'width' | 'height' | 'legend'> = {}): Viewport {
  const step = data.steps[stepIndex];
  if (!step) throw new RangeError(`no step ${stepIndex} (the story has ${data.steps.length})`);
  const width = options.width ?? STATIC_MAP_SIZE.width;
  const mapHeight = options.height ?? STATIC_MAP_SIZE.height;
  return { width, height: mapHeight + (options.legend ? layoutLegend(data, step, options.legend, width, mapHeight).height : 0) };
}

export function toStaticMap(data: StoryMapData, stepIndex: number, basemap: BasemapLike, options: StaticMapOptions = {}): StaticMapDrawing {
  const step = data.steps[stepIndex];
  if (!step) throw new RangeError(`no step ${stepIndex} (the story has ${data.steps.length})`);
  const width = options.width ?? STATIC_MAP_SIZE.width;
  const mapHeight = options.height ?? STATIC_MAP_SIZE.height;
  const viewport = { width, height: mapHeight };
  const tolerance = options.tolerance ?? 0.9;
  const scale = options.symbolScale ?? 1.25;
  const withLabels = options.labels ?? true;
  const camera = staticMapCamera(
    step,
    new Map(data.places.map((p) => [p.id, p.lngLat])),
    viewport,
    options.padding ?? STATIC_MAP_PADDING,
    options.maxZoom ?? STATIC_MAP_MAX_ZOOM,
  );
  const zoom = camera.zoom;
  // Symbols follow the main map's zoom, as the live map's do; the inset keeps them so the two read alike.
  const lineWidth = round1(byZoom(zoom, 2, 2.2, 8, 4) * scale);
  const symbols: StaticSymbols = {
    lineWidth,
    casingWidth: round1(byZoom(zoom, 2, 5.2, 8, 7) * scale),
    borderWidth: round1(byZoom(zoom, 2, 0.5, 8, 1.2) * Math.min(scale, 1.25)),
    arrowSize: round1(lineWidth * 4.2),
    dotRadius: { active: 5 * scale, dim: 3 * scale, activeHalo: 8 * scale, dimHalo: 5 * scale },
  };
  const common = { data, arcs: linkArcs(data), step, basemap, symbols, tolerance };
  const main = drawFrame({ ...common, camera, rect: { x: 0, y: 0, width, height: mapHeight }, bleed: 1 });

  // The inset: active places the main map cannot tell apart, magnified in the emptiest corner.
  let inset: StaticMapDrawing['inset'] = null;
  const cluster = options.inset ?? true ? findCluster(main.places.filter((p) => p.active)) : [];
  if (cluster.length > 1) {
    const focus = focusRect(cluster, symbols.dotRadius.activeHalo + 3);
    const rect = chooseInsetRect(main, focus, viewport);
    if (rect) {
      const insetCamera = fitBounds(
        bboxOfPlaces(data, cluster.map((p) => p.id)),
        rect,
        { padding: { top: 26, right: 26, bottom: 26, left: 26 }, maxZoom: 9 },
      );
      const frame = drawFrame({ ...common, camera: insetCamera, rect, bleed: 0 });
      const placeIds = cluster.map((p) => p.id);
      const labels = withLabels ? layoutLabels(data, step, null, frame, symbols, new Set(placeIds), [], INSET_PLACE_FONT) : [];
      inset = { ...stripProjection(frame), labels, focus, placeIds };
    }
  }

  // Main labels: every active place not already named in the inset; the inset and its focus box are obstacles.
  const namedInInset = new Set(inset?.labels.filter((l) => l.role === 'place').map((l) => l.id.slice('place:'.length)) ?? []);
  const required = new Set(step.places.filter((id) => !namedInInset.has(id)));
  const obstacles = inset ? [grow(inset.rect, 4), inset.focus] : [];
  const mainLabels = withLabels ? layoutLabels(data, step, basemap, main, symbols, required, obstacles, PLACE_FONT) : [];

  const legend = options.legend ? layoutLegend(data, step, options.legend, width, mapHeight) : { items: [], height: 0 };
  return {
    lang: data.lang,
    stepId: step.id,
    camera,
    width,
    height: mapHeight + legend.height,
    mapHeight,
    map: { ...stripProjection(main), labels: mainLabels },
    inset,
    symbols,
    legend: legend.items,
  };
}

function stripProjection(frame: FrameGeometry): Omit<StaticFrame, 'labels'> {
  const { projection, ...rest } = frame;
  void projection;
  return rest;
}

const grow = (r: Rect, by: number): Rect => ({ x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by });

/** The largest group of places chained together by gaps under CLUSTER_DISTANCE. */
function findCluster(places: StaticPlace[]): StaticPlace[] {
  const groups: StaticPlace[][] = [];
  for (const place of places) {
    const near = groups.filter((g) => g.some((q) => Math.hypot(q.x - place.x, q.y - place.y) < CLUSTER_DISTANCE));
    const merged = [place, ...near.flat()];
    for (const g of near) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  }
  return groups.reduce<StaticPlace[]>((best, g) => (g.length > best.length ? g : best), []);
}

function focusRect(places: StaticPlace[], pad: number): Rect {
  const xs = places.map((p) => p.x);
  const ys = places.map((p) => p.y);
  const x = Math.min(...xs) - pad;
  const y = Math.min(...ys) - pad;
  return { x: round1(x), y: round1(y), width: round1(Math.max(...xs) + pad - x), height: round1(Math.max(...ys) + pad - y) };
}

function bboxOfPlaces(data: StoryMapData, ids: string[]): [number, number, number, number] {
  const points = data.places.filter((p) => ids.includes(p.id)).map((p) => p.lngLat);
  const lngs = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
}

/**
 * The corner for the inset that hides the least: never the magnified places themselves, then as
 * few of the step's places (and the room their names need) and as little of its links as possible.
 */
function chooseInsetRect(main: FrameGeometry, focus: Rect, viewport: Viewport): Rect | null {
  const w = Math.round(viewport.width * 0.34);
  const h = Math.round(viewport.height * 0.36);
  const m = 8;
  const corners: Rect[] = [
    { x: m, y: viewport.height - h - m, width: w, height: h },
    { x: m, y: m, width: w, height: h },
    { x: viewport.width - w - m, y: viewport.height - h - m, width: w, height: h },
    { x: viewport.width - w - m, y: m, width: w, height: h },
  ];
  const activeDots = main.places.filter((p) => p.active);
  const activeLines = main.links.filter((l) => l.active).map((l) => pathPoints(l.d));
  let best: Rect | null = null;
  let bestScore = Infinity;
  for (const rect of corners) {
    if (intersects(grow(rect, 6), focus)) continue;
    // A covered place costs most, a place whose name needs the room around the inset less, and
    // each covered pixel of the step's links a little.
    const covered = activeDots.filter((p) => insideRect(p, grow(rect, 14))).length;
    const crowded = activeDots.filter((p) => insideRect(p, grow(rect, 40))).length - covered;
    const linkPixels = activeLines.reduce((sum, line) => sum + lengthInside(line, rect), 0);
    const score = 1000 * covered + 40 * crowded + linkPixels;
    if (score < bestScore) {
      best = rect;
      bestScore = score;
    }
  }
  return best;
}

/** Length of a polyline inside a rectangle, px (by segment midpoints: plenty for choosing a corner). */
function lengthInside(points: readonly Pt[], rect: Rect): number {
  let length = 0;
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = points[i - 1]!;
    const [bx, by] = points[i]!;
    if (insideRect({ x: (ax + bx) / 2, y: (ay + by) / 2 }, rect)) length += Math.hypot(bx - ax, by - ay);
  }
  return length;
}

/** The absolute vertices of a path written by `encodePath`. */
export function pathPoints(d: string): Pt[] {
  const points: Pt[] = [];
  for (const segment of d.split('M').filter(Boolean)) {
    const [start, rest = ''] = segment.replace(/z$/, '').split('l');
    const nums = (s: string) => (s.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    const [x0, y0] = nums(start!);
    let x = x0!;
    let y = y0!;
    points.push([x, y]);
    const deltas = nums(rest);
    for (let i = 0; i + 1 < deltas.length; i += 2) {
      x += deltas[i]!;
      y += deltas[i + 1]!;
      points.push([round1(x), round1(y)]);
    }
  }
  return points;
}

/** A two-pixel path that ends at the arc's middle and points along it, or null when the arc is too short to show one. */
function arrowAt(projection: GeoProjection, arc: readonly LngLat[], rect: Rect, size: number): string | null {
  const screen = arc.map((p) => toScreen(projection, p)).filter((p) => Number.isFinite(p[0]));
  if (screen.length < 3) return null;
  // Shorter than ~2.5 arrows, the arrow would sit on the two dots (Doha → Lusail at the overview).
  if (lineLength(screen) < size * 2.5) return null;
  // As the live map (geo/arcs.ts midpointAndBearing): the middle point of the arc.
  const mid = Math.floor((screen.length - 1) / 2);
  const a = screen[Math.max(0, mid - 2)]!;
  const b = screen[Math.min(screen.length - 1, mid + 2)]!;
  const c = screen[mid]!;
  if (!insideRect({ x: c[0], y: c[1] }, rect, size / 2)) return null;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const n = Math.hypot(dx, dy);
  if (n === 0) return null;
  return encodePath([{ points: [[c[0] - (dx / n) * 2, c[1] - (dy / n) * 2], c], closed: false }]);
}

/**
 * Names for a frame: the `required` places (active ones) around their dots, then, on the main map
 * only (`basemap` given), country names where they fit. Unnamed dots and `obstacles` are kept clear.
 */
function layoutLabels(
  data: StoryMapData,
  step: MapStep,
  basemap: BasemapLike | null,
  frame: FrameGeometry,
  symbols: StaticSymbols,
  required: ReadonlySet<string>,
  obstacles: Rect[],
  placeFont: number,
): StaticLabel[] {
  const inputs: LabelInput[] = [];
  const texts = new Map<string, { text: string; role: StaticLabel['role']; fontSize: number; rtl: boolean }>();
  const order = new Map(step.places.map((id, i) => [id, i]));
  const r = symbols.dotRadius;
  obstacles.forEach((o, i) =>
    inputs.push({ id: `obstacle:${i}`, point: [o.x + o.width / 2, o.y + o.height / 2], width: o.width, height: o.height, priority: -1000, required: true, anchors: ['center'], radius: 0 }),
  );
  for (const place of frame.places) {
    const rtl = isArabic(place.name);
    const id = `place:${place.id}`;
    if (place.active && required.has(place.id)) {
      texts.set(id, { text: place.name, role: 'place', fontSize: placeFont, rtl });
      inputs.push({
        id,
        point: [place.x, place.y],
        width: estimateTextWidth(place.name, placeFont, true) + 2,
        height: lineHeight(placeFont, rtl),
        priority: order.get(place.id) ?? 99,
        required: true,
        anchors: POINT_ANCHORS,
        radius: r.active,
      });
    } else {
      // Unnamed here, but its dot keeps other names off it.
      inputs.push({ id, point: [place.x, place.y], width: 0, height: 0, priority: 1000, required: false, anchors: [], radius: place.active ? r.active : r.dim });
    }
  }
  for (const feature of basemap?.features ?? []) {
    const p = feature.properties;
    if (p.layer !== 'country-label' || feature.geometry.type !== 'Point') continue;
    if (frame.camera.zoom < p.minzoom) continue;
    const [x, y] = toScreen(frame.projection, feature.geometry.coordinates);
    if (!insideRect({ x, y }, frame.rect)) continue;
    const text = data.lang === 'ar' ? p.name_ar : p.name_en;
    const rtl = isArabic(text);
    const id = `country:${p.id}`;
    texts.set(id, { text, role: 'country', fontSize: COUNTRY_FONT, rtl });
    inputs.push({
      id,
      point: [x, y],
      width: estimateTextWidth(text, COUNTRY_FONT) + 2,
      height: lineHeight(COUNTRY_FONT, rtl),
      priority: 100 + p.rank,
      required: false,
      anchors: ['center'],
      radius: 0,
    });
  }
  const view = grow(frame.rect, -2);
  const labels: StaticLabel[] = [];
  for (const placement of placeLabels(inputs, view)) {
    const text = texts.get(placement.id);
    if (!text || !placement.box || !placement.anchor) continue;
    const box = placement.box;
    const side = horizontalSide(placement.anchor);
    // Pin the text to the edge nearest its dot, so an estimate that is too wide leaves space on the far side only.
    const x = side === 'after' ? box.x + 1 : side === 'before' ? box.x + box.width - 1 : box.x + box.width / 2;
    const anchor: StaticLabel['anchor'] = side === 'centre' ? 'middle' : (side === 'after') !== text.rtl ? 'start' : 'end';
    labels.push({
      id: placement.id,
      role: text.role,
      text: text.text,
      x: round1(x),
      y: round1(baselineFor(box.y + box.height / 2, text.fontSize, text.rtl)),
      anchor,
      rtl: text.rtl,
      fontSize: text.fontSize,
      box: { x: round1(box.x), y: round1(box.y), width: round1(box.width), height: round1(box.height) },
    });
  }
  // Countries under places, so a place name is never covered.
  return labels.sort((a, b) => Number(a.role === 'place') - Number(b.role === 'place'));
}

/** Where a label sits relative to its dot along x: after it (to the right), before it, or centred. */
function horizontalSide(anchor: Anchor): 'after' | 'before' | 'centre' {
  if (anchor === 'right' || anchor === 'top-right' || anchor === 'bottom-right') return 'after';
  if (anchor === 'left' || anchor === 'top-left' || anchor === 'bottom-left') return 'before';
  return 'centre';
}

/** The key under the map: one swatch per link kind the step shows, flowing in the page's direction. */
function layoutLegend(
  data: StoryMapData,
  step: MapStep,
  texts: Partial<Record<LinkKind, string>>,
  width: number,
  top: number,
): { items: StaticLegendItem[]; height: number } {
  const kinds = new Set(data.links.filter((l) => step.links.includes(l.id)).map((l) => l.kind));
  const entries = LINK_KINDS.filter((k) => kinds.has(k) && texts[k]).map((k) => ({ kind: k, text: texts[k]! }));
  if (!entries.length) return { items: [], height: 0 };
  const rtl = data.lang === 'ar';
  const margin = 12;
  const swatch = 28;
  const gap = 6;
  const spacing = 20;
  const rowHeight = 24;
  const items: StaticLegendItem[] = [];
  let row = 0;
  let cursor = 0; // distance from the start edge (left in English, right in Arabic)
  for (const { kind, text } of entries) {
    const itemWidth = swatch + gap + estimateTextWidth(text, LEGEND_FONT);
    if (cursor > 0 && margin + cursor + itemWidth > width - margin) {
      row += 1;
      cursor = 0;
    }
    const y = top + 6 + row * rowHeight + rowHeight / 2;
    const from = margin + cursor;
    const at = (offset: number) => round1(rtl ? width - from - offset : from + offset);
    items.push({
      kind,
      text,
      swatch: { x1: at(0), x2: at(swatch), y: round1(y) },
      x: at(swatch + gap),
      y: round1(baselineFor(y, LEGEND_FONT, isArabic(text))),
      // The text runs away from its swatch: rightwards in English, leftwards in Arabic (there start is the right edge).
      anchor: 'start',
      rtl: isArabic(text),
    });
    cursor += itemWidth + spacing;
  }
  return { items, height: (row + 1) * rowHeight + 12 };
}

// ---------------------------------------------------------------------------
// SVG element tree, shared by the React component and the string renderer
// ---------------------------------------------------------------------------

export interface SvgNode {
  tag: string;
  /** SVG attribute names as SVG spells them (`stroke-width`, `viewBox`). */
  attrs: Record<string, string | number | undefined>;
  children?: (SvgNode | string)[];
}

const node = (tag: string, attrs: SvgNode['attrs'], children?: (SvgNode | string)[]): SvgNode => ({ tag, attrs, children });

export interface SvgTreeOptions {
  /** Prefix for ids inside the SVG (the arrow markers); must be unique in the page. */
  idPrefix: string;
}

const FRAME_STROKE = '#4a4a4a';

/** The SVG's content (everything inside <svg> after its <title>), in drawing order. */
export function toSvgNodes(drawing: StaticMapDrawing, { idPrefix }: SvgTreeOptions): SvgNode[] {
  const markerId = (kind: LinkKind) => `${idPrefix}-arrow-${kind}`;
  const frames = [drawing.map, ...(drawing.inset ? [drawing.inset] : [])];
  const arrowKinds = LINK_KINDS.filter((k) => frames.some((f) => f.arrows.some((a) => a.kind === k)));
  const s = drawing.symbols.arrowSize;
  const nodes: SvgNode[] = [];
  if (arrowKinds.length) {
    nodes.push(
      node(
        'defs',
        {},
        arrowKinds.map((kind) =>
          node(
            'marker',
            { id: markerId(kind), viewBox: '0 0 10 10', refX: 5, refY: 5, markerWidth: s, markerHeight: s, markerUnits: 'userSpaceOnUse', orient: 'auto' },
            [node('path', { d: 'M1 1.5L9 5 1 8.5z', fill: LINK_STYLES[kind].color, stroke: PALETTE.halo, 'stroke-width': 1, 'stroke-linejoin': 'round' })],
          ),
        ),
      ),
    );
  }
  nodes.push(node('g', { 'data-frame': 'map' }, frameNodes(drawing.map, drawing.symbols, markerId, true)));
  if (drawing.inset) {
    const { rect, focus } = drawing.inset;
    nodes.push(
      node('rect', { x: focus.x, y: focus.y, width: focus.width, height: focus.height, rx: 3, fill: 'none', stroke: FRAME_STROKE, 'stroke-width': 1.2 }),
      node('g', { 'data-frame': 'inset' }, [
        // A white margin keeps the inset apart from the map under it.
        node('rect', { x: rect.x, y: rect.y, width: rect.width, height: rect.height, fill: 'none', stroke: PALETTE.halo, 'stroke-width': 4 }),
        ...frameNodes(drawing.inset, drawing.symbols, markerId, false),
        node('rect', { x: rect.x, y: rect.y, width: rect.width, height: rect.height, fill: 'none', stroke: FRAME_STROKE, 'stroke-width': 1.2 }),
      ]),
    );
  }
  if (drawing.legend.length) {
    const { width, mapHeight, height } = drawing;
    nodes.push(
      node('g', { 'font-size': LEGEND_FONT, fill: '#4a4a4a' }, [
        node('rect', { y: mapHeight, width, height: height - mapHeight, fill: PALETTE.halo }),
        ...drawing.legend.flatMap((item) => {
          const style = LINK_STYLES[item.kind];
          return [
            node('line', {
              x1: item.swatch.x1,
              y1: item.swatch.y,
              x2: item.swatch.x2,
              y2: item.swatch.y,
              stroke: style.color,
              'stroke-width': 3,
              'stroke-dasharray': style.dash.length ? style.dash.map((n) => round1(n * 3)).join(' ') : undefined,
            }),
            textNode(item),
          ];
        }),
      ]),
    );
  }
  return nodes;
}

function textNode(l: { x: number; y: number; anchor: string; rtl: boolean; text: string }, extra: SvgNode['attrs'] = {}): SvgNode {
  return node('text', { x: l.x, y: l.y, 'text-anchor': l.anchor === 'start' ? undefined : l.anchor, direction: l.rtl ? 'rtl' : undefined, ...extra }, [l.text]);
}

function frameNodes(frame: StaticFrame, symbols: StaticSymbols, markerId: (kind: LinkKind) => string, main: boolean): SvgNode[] {
  const { rect } = frame;
  const nodes: SvgNode[] = [node('rect', { x: rect.x || undefined, y: rect.y || undefined, width: rect.width, height: rect.height, fill: PALETTE.sea })];
  if (frame.land) nodes.push(node('path', { d: frame.land, fill: PALETTE.land, 'fill-rule': 'evenodd' }));
  const basemapLines: SvgNode[] = [];
  if (frame.borders) basemapLines.push(node('path', { d: frame.borders, 'stroke-width': symbols.borderWidth }));
  if (frame.disputedBorders) basemapLines.push(node('path', { d: frame.disputedBorders, 'stroke-width': 0.8, 'stroke-dasharray': '2.4 1.6' }));
  if (basemapLines.length) nodes.push(node('g', { fill: 'none', stroke: PALETTE.border, 'stroke-linejoin': 'round' }, basemapLines));

  const linkPath = (l: StaticLink) =>
    node('path', {
      d: l.d,
      stroke: l.color,
      'stroke-dasharray': l.dasharray ?? undefined,
      'stroke-linecap': l.dasharray ? undefined : 'round',
      'data-link': main ? l.id : undefined,
    });
  const dimmed = frame.links.filter((l) => !l.active);
  const active = frame.links.filter((l) => l.active);
  if (dimmed.length) {
    nodes.push(node('g', { fill: 'none', 'stroke-width': symbols.lineWidth, 'stroke-opacity': 0.18 }, dimmed.map(linkPath)));
  }
  if (active.length) {
    nodes.push(
      node(
        'g',
        { fill: 'none', stroke: PALETTE.halo, 'stroke-width': symbols.casingWidth, 'stroke-opacity': 0.9, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' },
        active.map((l) => node('path', { d: l.d })),
      ),
      node('g', { fill: 'none', 'stroke-width': symbols.lineWidth, 'stroke-linejoin': 'round' }, active.map(linkPath)),
    );
  }
  // marker-end is inherited: one group per kind carries it.
  for (const kind of LINK_KINDS) {
    const arrows = frame.arrows.filter((a) => a.kind === kind);
    if (arrows.length) nodes.push(node('g', { fill: 'none', 'marker-end': `url(#${markerId(kind)})` }, arrows.map((a) => node('path', { d: a.d }))));
  }

  const r = symbols.dotRadius;
  const dot = (p: StaticPlace, radius: number, extra: SvgNode['attrs'] = {}) => node('circle', { cx: p.x, cy: p.y, r: round1(radius), ...extra });
  const dimPlaces = frame.places.filter((p) => !p.active);
  const activePlaces = frame.places.filter((p) => p.active);
  if (dimPlaces.length) {
    nodes.push(
      node('g', { fill: PALETTE.halo, 'fill-opacity': 0.6 }, dimPlaces.map((p) => dot(p, r.dimHalo))),
      node('g', { fill: PALETTE.placeDim }, dimPlaces.map((p) => dot(p, r.dim, { 'data-place': p.id }))),
    );
  }
  if (activePlaces.length) {
    nodes.push(
      node('g', { fill: PALETTE.halo }, activePlaces.map((p) => dot(p, r.activeHalo))),
      node('g', { fill: PALETTE.place, 'data-active': 'true' }, activePlaces.map((p) => dot(p, r.active, { 'data-place': p.id }))),
    );
  }

  const countries = frame.labels.filter((l) => l.role === 'country');
  const places = frame.labels.filter((l) => l.role === 'place');
  const halo = { stroke: PALETTE.halo, 'stroke-linejoin': 'round', 'paint-order': 'stroke' };
  if (countries.length) {
    nodes.push(node('g', { ...halo, fill: '#6d675d', 'stroke-width': 3, 'font-size': COUNTRY_FONT }, countries.map((l) => textNode(l))));
  }
  if (places.length) {
    nodes.push(
      node(
        'g',
        { ...halo, fill: PALETTE.place, 'stroke-width': 3.5, 'font-size': places[0]!.fontSize, 'font-weight': 700 },
        places.map((l) => textNode(l, { 'data-label': l.id.slice('place:'.length) })),
      ),
    );
  }
  return nodes;
}

const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function serialize(n: SvgNode | string): string {
  if (typeof n === 'string') return escapeXml(n);
  const attrs = Object.entries(n.attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  const children = n.children ?? [];
  return children.length ? `<${n.tag}${attrs}>${children.map(serialize).join('')}</${n.tag}>` : `<${n.tag}${attrs}/>`;
}

export interface SvgStringOptions extends Partial<SvgTreeOptions> {
  /** An accessible title; omitted from the OG images. */
  title?: string;
  /** Font for standalone files (an inline SVG inherits the page's). */
  fontFamily?: string;
}

/** A standalone SVG document (for sharp and the size checks); the page renders the same tree with React. */
export function toSvgString(drawing: StaticMapDrawing, options: SvgStringOptions = {}): string {
  const idPrefix = options.idPrefix ?? `sm-${drawing.stepId}`;
  const children: (SvgNode | string)[] = [];
  if (options.title) children.push(node('title', {}, [options.title]));
  children.push(...toSvgNodes(drawing, { idPrefix }));
  return serialize(
    node(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        viewBox: `0 0 ${drawing.width} ${drawing.height}`,
        width: drawing.width,
        height: drawing.height,
        'font-family': options.fontFamily,
      },
      children,
    ),
  );
}

/** Convenience: one step straight to SVG markup. */
export function toStaticMapSvg(data: StoryMapData, stepIndex: number, basemap: BasemapLike, options: StaticMapOptions & SvgStringOptions = {}): string {
  return toSvgString(toStaticMap(data, stepIndex, basemap, options), options);
}
