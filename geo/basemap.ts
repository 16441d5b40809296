/**
 * Build-time basemap: one GeoJSON FeatureCollection made from Natural Earth
 * data (the `world-atlas` TopoJSON files), so the map needs no tile server.
 *
 * Three detail levels tile the world without overlapping:
 *   - "low"  (1:110m) everywhere except the story region,
 *   - "mid"  (1:50m)  in the story region (Atlantic to the Gulf) except the Gulf box,
 *   - "high" (1:10m)  in a small Gulf box (Qatar, Bahrain, UAE coast).
 * Because the levels are cut apart (not stacked), each coastline is drawn by
 * exactly one level: a coarse 110m coast can never poke out from under a
 * finer 50m/10m one, and no border line is drawn twice. The style can show
 * every level at every zoom (see the report / `BASEMAP_REGIONS`).
 *
 * Everything here is a pure function of the world-atlas files; the only I/O is
 * `require`-ing those JSON files from node_modules.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { bboxClip, centerOfMass, booleanPointInPolygon, pointOnFeature, simplify } from '@turf/turf';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from 'geojson';
import { STORY_BOX as STORY_REGION_BOX } from './regions';

// ---------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------

export type Detail = 'low' | 'mid' | 'high';
export type BasemapLayer = 'land' | 'border' | 'country-label';

/** [west, south, east, north] in degrees. */
export type LonLatBox = readonly [west: number, south: number, east: number, north: number];

export interface DetailRegion {
  readonly detail: Detail;
  /** world-atlas file the level is built from. */
  readonly source: 'countries-110m.json' | 'countries-50m.json' | 'countries-10m.json';
  /** Area the level covers. */
  readonly bbox: LonLatBox;
  /** Inner box left to the next finer level (cut out of this one), if any. */
  readonly cutOut: LonLatBox | null;
  /**
   * Highest zoom at which this level must still look crisp. It sets the
   * simplification tolerance (about one screen pixel at that zoom).
   */
  readonly designZoom: number;
  /** Decimals kept per coordinate (2 ≈ 1 km, 3 ≈ 100 m, 4 ≈ 10 m). */
  readonly precision: number;
}

export type LandProperties = {
  readonly layer: 'land';
  readonly detail: Detail;
};

export type BorderProperties = {
  readonly layer: 'border';
  readonly detail: Detail;
  /**
   * True for lines touching a territory whose status is unresolved
   * (Western Sahara, Palestine, and areas Natural Earth leaves without an ISO
   * code such as N. Cyprus or Somaliland). Lets the style draw them dashed
   * instead of taking a side.
   */
  readonly disputed: boolean;
};

export type CountryLabelProperties = {
  readonly layer: 'country-label';
  /** ISO 3166-1 alpha-3, lowercase. */
  readonly id: string;
  readonly name_en: string;
  readonly name_ar: string;
  /** 1 = central to the story, 2 = context. */
  readonly rank: 1 | 2;
  /** Suggested lowest zoom for showing the label. */
  readonly minzoom: number;
};

export type LandFeature = Feature<Polygon | MultiPolygon, LandProperties>;
export type BorderFeature = Feature<LineString | MultiLineString, BorderProperties>;
export type CountryLabelFeature = Feature<Point, CountryLabelProperties>;
export type BasemapFeature = LandFeature | BorderFeature | CountryLabelFeature;
export type BasemapProperties = LandProperties | BorderProperties | CountryLabelProperties;
/**
 * A GeoJSON FeatureCollection (assignable to `FeatureCollection`) whose
 * features are narrowed to the three basemap layers. Properties are type
 * aliases rather than interfaces so they stay assignable to GeoJSON's
 * index-signature `GeoJsonProperties`.
 */
export type Basemap = Omit<FeatureCollection, 'features'> & {
  features: BasemapFeature[];
};

/** Polygon coordinates: outer ring first, then holes. */
type PolygonCoords = Position[][];
type LineCoords = Position[];

// ---------------------------------------------------------------------------
// Regions
// ---------------------------------------------------------------------------

const WORLD: LonLatBox = [-180, -90, 180, 90];

/**
 * Story region: Canaries and Morocco's Atlantic coast to the Gulf of Oman,
 * Sahel to the Pyrenees and Anatolia. Every close-up the story makes
 * (Morocco, the Levant, the Gulf) falls inside it. Kept this tight because
 * the 50m coasts and borders of Europe (Aegean, Adriatic, Baltic, Norway)
 * would otherwise dominate the size budget; outside it, the overview
 * (zoom ≤ ~3.5) looks the same with 110m data.
 */
const STORY_BOX: LonLatBox = STORY_REGION_BOX;

/** Qatar, Bahrain and the UAE coast up to Hormuz, for the Doha–Lusail close-ups. */
const GULF_BOX: LonLatBox = [49.5, 23.5, 56.5, 27.5];

export const BASEMAP_REGIONS: Readonly<Record<Detail, DetailRegion>> = {
  low: {
    detail: 'low',
    source: 'countries-110m.json',
    bbox: WORLD,
    cutOut: STORY_BOX,
    designZoom: 2,
    precision: 2,
  },
  mid: {
    detail: 'mid',
    source: 'countries-50m.json',
    bbox: STORY_BOX,
    cutOut: GULF_BOX,
    designZoom: 5.5,
    precision: 3,
  },
  high: {
    detail: 'high',
    source: 'countries-10m.json',
    bbox: GULF_BOX,
    cutOut: null,
    designZoom: 11,
    precision: 4,
  },
};

export const DETAILS: readonly Detail[] = ['low', 'mid', 'high'];

// ---------------------------------------------------------------------------
// Country names
// ---------------------------------------------------------------------------

export interface CountryName {
  /** ISO 3166-1 alpha-3, lowercase. */
  readonly id: string;
  /** ISO 3166-1 numeric, as world-atlas uses it for feature ids. */
  readonly isoNumeric: string;
  readonly name_en: string;
  readonly name_ar: string;
  readonly rank: 1 | 2;
  readonly minzoom: number;
  /** Hand-placed label point where the computed one sits badly. */
  readonly labelAt?: readonly [lon: number, lat: number];
}

/**
 * Countries labelled on the basemap. Western Sahara (Natural Earth: "W.
 * Sahara", id 732) is deliberately left unlabelled: any label there reads as
 * a position on its status. Its borders are tagged `disputed` instead.
 */
export const COUNTRY_NAMES: readonly CountryName[] = [
  // rank 1: the story's places
  // The centre of mass sits near the south edge; the Atlas is where the name reads best.
  { id: 'mar', isoNumeric: '504', name_en: 'Morocco', name_ar: 'المغرب', rank: 1, minzoom: 2, labelAt: [-6.6, 31.5] },
  { id: 'qat', isoNumeric: '634', name_en: 'Qatar', name_ar: 'قطر', rank: 1, minzoom: 2.5 },
  // Bahrain's island is tiny: put the label on it, and let Qatar win at the overview.
  { id: 'bhr', isoNumeric: '048', name_en: 'Bahrain', name_ar: 'البحرين', rank: 1, minzoom: 3.5, labelAt: [50.55, 26.05] },
  { id: 'are', isoNumeric: '784', name_en: 'United Arab Emirates', name_ar: 'الإمارات', rank: 1, minzoom: 2.5 },
  // The centre of mass lands at the edge of the West Bank; the Negev is unambiguous.
  { id: 'isr', isoNumeric: '376', name_en: 'Israel', name_ar: 'إسرائيل', rank: 1, minzoom: 2.5, labelAt: [34.85, 30.9] },
  { id: 'sau', isoNumeric: '682', name_en: 'Saudi Arabia', name_ar: 'السعودية', rank: 1, minzoom: 2 },
  // rank 2: context
  { id: 'dza', isoNumeric: '012', name_en: 'Algeria', name_ar: 'الجزائر', rank: 2, minzoom: 3 },
  { id: 'tun', isoNumeric: '788', name_en: 'Tunisia', name_ar: 'تونس', rank: 2, minzoom: 3.5 },
  { id: 'lby', isoNumeric: '434', name_en: 'Libya', name_ar: 'ليبيا', rank: 2, minzoom: 3 },
  { id: 'egy', isoNumeric: '818', name_en: 'Egypt', name_ar: 'مصر', rank: 2, minzoom: 3 },
  { id: 'esp', isoNumeric: '724', name_en: 'Spain', name_ar: 'إسبانيا', rank: 2, minzoom: 3 },
  { id: 'prt', isoNumeric: '620', name_en: 'Portugal', name_ar: 'البرتغال', rank: 2, minzoom: 4 },
  { id: 'jor', isoNumeric: '400', name_en: 'Jordan', name_ar: 'الأردن', rank: 2, minzoom: 4 },
  { id: 'lbn', isoNumeric: '422', name_en: 'Lebanon', name_ar: 'لبنان', rank: 2, minzoom: 5 },
  { id: 'syr', isoNumeric: '760', name_en: 'Syria', name_ar: 'سوريا', rank: 2, minzoom: 3.5 },
  { id: 'irq', isoNumeric: '368', name_en: 'Iraq', name_ar: 'العراق', rank: 2, minzoom: 3 },
  { id: 'irn', isoNumeric: '364', name_en: 'Iran', name_ar: 'إيران', rank: 2, minzoom: 3 },
  { id: 'kwt', isoNumeric: '414', name_en: 'Kuwait', name_ar: 'الكويت', rank: 2, minzoom: 5 },
  { id: 'omn', isoNumeric: '512', name_en: 'Oman', name_ar: 'عُمان', rank: 2, minzoom: 3.5 },
  { id: 'yem', isoNumeric: '887', name_en: 'Yemen', name_ar: 'اليمن', rank: 2, minzoom: 3.5 },
  { id: 'tur', isoNumeric: '792', name_en: 'Turkey', name_ar: 'تركيا', rank: 2, minzoom: 3 },
  { id: 'sdn', isoNumeric: '729', name_en: 'Sudan', name_ar: 'السودان', rank: 2, minzoom: 3 },
  { id: 'mrt', isoNumeric: '478', name_en: 'Mauritania', name_ar: 'موريتانيا', rank: 2, minzoom: 3.5 },
  { id: 'mli', isoNumeric: '466', name_en: 'Mali', name_ar: 'مالي', rank: 2, minzoom: 3.5 },
  { id: 'ner', isoNumeric: '562', name_en: 'Niger', name_ar: 'النيجر', rank: 2, minzoom: 3.5 },
  { id: 'tcd', isoNumeric: '148', name_en: 'Chad', name_ar: 'تشاد', rank: 2, minzoom: 3.5 },
];

/** Natural Earth ids of territories whose status is unresolved (see `BorderProperties.disputed`). */
const CONTESTED_TERRITORY_IDS: ReadonlySet<string> = new Set([
  '732', // W. Sahara
  '275', // Palestine
]);

// ---------------------------------------------------------------------------
// Loading world-atlas
// ---------------------------------------------------------------------------

/**
 * `require` that works whether this file runs as CommonJS (tsx, jest) or as
 * ESM. Under ESM there is no `require`, so fall back to resolving from the
 * working directory (the project root in every script we run).
 */
const requireWorldAtlas: NodeJS.Require =
  typeof require === 'function' ? require : createRequire(path.join(process.cwd(), 'package.json'));

type CountriesTopology = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

const topologyCache = new Map<DetailRegion['source'], CountriesTopology>();

/** Reads (once) a world-atlas countries file; each holds both `countries` and `land`. */
export function loadTopology(source: DetailRegion['source']): CountriesTopology {
  const cached = topologyCache.get(source);
  if (cached) return cached;
  const json: unknown = requireWorldAtlas(`world-atlas/${source}`);
  if (!isCountriesTopology(json)) throw new Error(`world-atlas/${source} is not a countries topology`);
  topologyCache.set(source, json);
  return json;
}

function isCountriesTopology(json: unknown): json is CountriesTopology {
  if (typeof json !== 'object' || json === null) return false;
  const candidate = json as { type?: unknown; objects?: { countries?: unknown; land?: unknown } };
  return candidate.type === 'Topology' && !!candidate.objects?.countries && !!candidate.objects.land;
}

// ---------------------------------------------------------------------------
// Geometry helpers
// ---------------------------------------------------------------------------

function lonOf(p: Position): number {
  const lon = p[0];
  if (lon === undefined) throw new Error('position without longitude');
  return lon;
}

function latOf(p: Position): number {
  const lat = p[1];
  if (lat === undefined) throw new Error('position without latitude');
  return lat;
}

/** Polygons of a (Multi)Polygon geometry, as plain coordinate arrays. */
function polygonsOf(geometry: Geometry | null): PolygonCoords[] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/** Lines of a (Multi)LineString geometry. */
function linesOf(geometry: Geometry | null): LineCoords[] {
  if (!geometry) return [];
  if (geometry.type === 'LineString') return [geometry.coordinates];
  if (geometry.type === 'MultiLineString') return geometry.coordinates;
  return [];
}

/**
 * world-atlas rings of Russia, Fiji (and Antarctica) go from +180° straight to
 * -180° and back. Drawn as-is, that edge spans the whole map and the fill
 * smears across every latitude it covers. Shifting each point by ±360° so
 * consecutive points never differ by more than 180° makes the ring
 * continuous again (some longitudes then lie beyond ±180°; see
 * `splitAtAntimeridian`).
 */
export function unwrapAntimeridian(coords: readonly Position[]): Position[] {
  const out: Position[] = [];
  let previous: number | undefined;
  for (const p of coords) {
    let lon = lonOf(p);
    if (previous !== undefined) {
      while (lon - previous > 180) lon -= 360;
      while (lon - previous < -180) lon += 360;
    }
    out.push([lon, latOf(p)]);
    previous = lon;
  }
  return out;
}

/** Longitude shifts (in whole turns) needed to bring unwrapped coordinates back into range. */
function wrapShifts(coords: readonly Position[][]): number[] {
  let min = Infinity;
  let max = -Infinity;
  for (const line of coords) {
    for (const p of line) {
      min = Math.min(min, lonOf(p));
      max = Math.max(max, lonOf(p));
    }
  }
  const shifts: number[] = [];
  for (let turn = Math.floor((min + 180) / 360); turn <= Math.floor((max + 180) / 360); turn++) shifts.push(turn);
  return shifts;
}

function shiftLongitudes(coords: readonly Position[], degrees: number): Position[] {
  return coords.map((p) => [lonOf(p) + degrees, latOf(p)]);
}

/**
 * Cuts an unwrapped polygon at ±180° and moves the pieces beyond it back
 * into [-180, 180], so every coordinate is in range and no edge jumps.
 */
export function splitAtAntimeridian(polygon: PolygonCoords): PolygonCoords[] {
  const shifts = wrapShifts(polygon);
  if (shifts.length === 1 && shifts[0] === 0) return [polygon];
  return shifts.flatMap((turn) => {
    const window: LonLatBox = [-180 + 360 * turn, -90, 180 + 360 * turn, 90];
    return clipPolygonToBox(polygon, window).map((rings) => rings.map((ring) => shiftLongitudes(ring, -360 * turn)));
  });
}

/** Same as `splitAtAntimeridian`, for lines. */
export function splitLineAtAntimeridian(line: LineCoords): LineCoords[] {
  const shifts = wrapShifts([line]);
  if (shifts.length === 1 && shifts[0] === 0) return [line];
  return shifts.flatMap((turn) => {
    const window: LonLatBox = [-180 + 360 * turn, -90, 180 + 360 * turn, 90];
    return clipLinesToBox([line], window).map((piece) => shiftLongitudes(piece, -360 * turn));
  });
}

/**
 * Antarctica is never in view (and its ring circles the pole, which
 * unwrapping cannot fix), so drop anything lying entirely south of 60°S.
 */
export function isAntarctic(polygon: PolygonCoords): boolean {
  const outer = polygon[0] ?? [];
  return outer.every((p) => latOf(p) < -60);
}

/** Polygon clipped to a box (turf.bboxClip, i.e. Sutherland–Hodgman). */
export function clipPolygonToBox(polygon: PolygonCoords, box: LonLatBox): PolygonCoords[] {
  const clipped = bboxClip({ type: 'Polygon', coordinates: polygon }, [...box]);
  return polygonsOf(clipped.geometry).filter((rings) => (rings[0]?.length ?? 0) >= 4);
}

/** Lines clipped to a box; a line leaving and re-entering the box becomes several lines. */
export function clipLinesToBox(lines: readonly LineCoords[], box: LonLatBox): LineCoords[] {
  if (lines.length === 0) return [];
  const clipped = bboxClip({ type: 'MultiLineString', coordinates: [...lines] }, [...box]);
  return linesOf(clipped.geometry).filter((line) => line.length >= 2);
}

/**
 * The part of `outer` not covered by `hole`, as up to four boxes (south,
 * north, west and east strips). Clipping to each strip is how a level leaves
 * the finer level's box empty with a plain bbox clipper.
 */
export function boxMinusBox(outer: LonLatBox, hole: LonLatBox | null): LonLatBox[] {
  if (!hole) return [outer];
  const [w, s, e, n] = outer;
  const hw = Math.max(hole[0], w);
  const hs = Math.max(hole[1], s);
  const he = Math.min(hole[2], e);
  const hn = Math.min(hole[3], n);
  if (hw >= he || hs >= hn) return [outer];
  const strips: LonLatBox[] = [
    [w, s, e, hs],
    [w, hn, e, n],
    [w, hs, hw, hn],
    [he, hs, e, hn],
  ];
  return strips.filter(([sw, ss, se, sn]) => sw < se && ss < sn);
}

/** Polygons clipped to the region's area minus its cut-out. */
export function clipToRegion(polygons: readonly PolygonCoords[], region: DetailRegion): PolygonCoords[] {
  const boxes = boxMinusBox(region.bbox, region.cutOut);
  return boxes.flatMap((box) => polygons.flatMap((polygon) => clipPolygonToBox(polygon, box)));
}

/** Lines clipped to the region's area minus its cut-out. */
export function clipLinesToRegion(lines: readonly LineCoords[], region: DetailRegion): LineCoords[] {
  const boxes = boxMinusBox(region.bbox, region.cutOut);
  return boxes.flatMap((box) => clipLinesToBox(lines, box));
}

/** Size of one screen pixel in degrees of longitude at a zoom (512 px tiles, as MapLibre uses). */
export function degreesPerPixel(zoom: number): number {
  return 360 / (512 * 2 ** zoom);
}

/** Simplification tolerance: about one pixel at the level's design zoom. */
function toleranceFor(region: DetailRegion): number {
  return degreesPerPixel(region.designZoom);
}

/**
 * Rings smaller than about 2×2 px at the design zoom (tiny islets, lakes)
 * are invisible there but cost bytes, so they are dropped.
 */
function minRingAreaFor(region: DetailRegion): number {
  return (2 * toleranceFor(region)) ** 2;
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded; // avoid "-0" in the JSON
}

/** Rounds coordinates and removes points that became duplicates of their predecessor. */
export function roundCoords(coords: readonly Position[], decimals: number): Position[] {
  const out: Position[] = [];
  for (const p of coords) {
    const rounded: Position = [roundTo(lonOf(p), decimals), roundTo(latOf(p), decimals)];
    const last = out[out.length - 1];
    if (last && last[0] === rounded[0] && last[1] === rounded[1]) continue;
    out.push(rounded);
  }
  return out;
}

/** Planar ring area in square degrees (only used to compare against thresholds). */
export function ringArea(ring: readonly Position[]): number {
  let twice = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i];
    const b = ring[i + 1];
    if (!a || !b) continue;
    twice += lonOf(a) * latOf(b) - lonOf(b) * latOf(a);
  }
  return Math.abs(twice) / 2;
}

function closeRing(ring: Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) return [...ring, [...first]];
  return ring;
}

/** Simplifies, rounds and drops rings/polygons too small to see at the level's design zoom. */
export function simplifyPolygon(polygon: PolygonCoords, region: DetailRegion): PolygonCoords | null {
  const minArea = minRingAreaFor(region);
  const outer = polygon[0];
  if (!outer || ringArea(outer) < minArea) return null;
  const simplified = simplify(
    { type: 'Polygon', coordinates: polygon } satisfies Polygon,
    { tolerance: toleranceFor(region), highQuality: true },
  );
  const [newOuter, ...holes] = simplified.coordinates.map((ring) => closeRing(roundCoords(ring, region.precision)));
  if (!newOuter || newOuter.length < 4 || ringArea(newOuter) === 0) return null;
  return [newOuter, ...holes.filter((hole) => hole.length >= 4 && ringArea(hole) >= minArea)];
}

/** Simplifies and rounds a line; returns null if nothing visible is left. */
export function simplifyLine(line: LineCoords, region: DetailRegion): LineCoords | null {
  const simplified = simplify(
    { type: 'LineString', coordinates: line } satisfies LineString,
    { tolerance: toleranceFor(region), highQuality: true },
  );
  const rounded = roundCoords(simplified.coordinates, region.precision);
  return rounded.length >= 2 ? rounded : null;
}

// ---------------------------------------------------------------------------
// Layers
// ---------------------------------------------------------------------------

/** Land polygons of a level: unwrapped, split at ±180°, no Antarctica, clipped, simplified. */
export function toLandPolygons(region: DetailRegion): PolygonCoords[] {
  const topology = loadTopology(region.source);
  const land = feature(topology, topology.objects.land);
  const raw = land.features.flatMap((f) => polygonsOf(f.geometry));
  const inRange = raw
    .filter((polygon) => !isAntarctic(polygon))
    .map((polygon) => polygon.map(unwrapAntimeridian))
    .flatMap(splitAtAntimeridian);
  return clipToRegion(inRange, region)
    .map((polygon) => simplifyPolygon(polygon, region))
    .filter((polygon): polygon is PolygonCoords => polygon !== null);
}

export function toLandFeature(region: DetailRegion): LandFeature {
  return {
    type: 'Feature',
    properties: { layer: 'land', detail: region.detail },
    geometry: { type: 'MultiPolygon', coordinates: toLandPolygons(region) },
  };
}

function isContestedTerritory(geometry: GeometryObject): boolean {
  // Natural Earth gives no ISO code to areas whose status is unresolved
  // (N. Cyprus, Somaliland, Kosovo, Siachen Glacier, ...).
  const id = geometry.id;
  return id === undefined || CONTESTED_TERRITORY_IDS.has(String(id));
}

/**
 * Internal borders of a level: arcs shared by two different countries
 * (`a !== b`); coastlines are left to the land fill. Split into settled and
 * disputed lines so the style can draw the latter differently.
 */
export function toBorderLines(region: DetailRegion, disputed: boolean): LineCoords[] {
  const topology = loadTopology(region.source);
  const shared = mesh(
    topology,
    topology.objects.countries,
    (a, b) => a !== b && (isContestedTerritory(a) || isContestedTerritory(b)) === disputed,
  );
  const inRange = shared.coordinates.map(unwrapAntimeridian).flatMap(splitLineAtAntimeridian);
  return clipLinesToRegion(inRange, region)
    .map((line) => simplifyLine(line, region))
    .filter((line): line is LineCoords => line !== null);
}

export function toBorderFeatures(region: DetailRegion): BorderFeature[] {
  return [false, true].flatMap((disputed): BorderFeature[] => {
    const lines = toBorderLines(region, disputed);
    if (lines.length === 0) return [];
    return [
      {
        type: 'Feature',
        properties: { layer: 'border', detail: region.detail, disputed },
        geometry: { type: 'MultiLineString', coordinates: lines },
      },
    ];
  });
}

/** Largest polygon of a country (its mainland), by planar area. */
function largestPolygon(polygons: readonly PolygonCoords[]): PolygonCoords | undefined {
  let best: PolygonCoords | undefined;
  let bestArea = -1;
  for (const polygon of polygons) {
    const area = ringArea(polygon[0] ?? []);
    if (area > bestArea) {
      best = polygon;
      bestArea = area;
    }
  }
  return best;
}

/**
 * A label point inside the country's mainland: its centre of mass when that
 * falls inside (it usually does), otherwise turf's pointOnFeature.
 */
export function labelPointOf(polygons: readonly PolygonCoords[]): [number, number] | null {
  const mainland = largestPolygon(polygons);
  if (!mainland) return null;
  const shape: Polygon = { type: 'Polygon', coordinates: mainland };
  const center = centerOfMass(shape).geometry.coordinates;
  const point = booleanPointInPolygon(center, shape) ? center : pointOnFeature(shape).geometry.coordinates;
  return [roundTo(lonOf(point), 2), roundTo(latOf(point), 2)];
}

/** Point features for the countries in `COUNTRY_NAMES`, placed from the 50m shapes. */
export function toCountryLabels(): CountryLabelFeature[] {
  const topology = loadTopology(BASEMAP_REGIONS.mid.source);
  const countries = feature(topology, topology.objects.countries);
  return COUNTRY_NAMES.flatMap((country): CountryLabelFeature[] => {
    const shape = countries.features.find((f) => String(f.id) === country.isoNumeric);
    const at = country.labelAt ?? labelPointOf(polygonsOf(shape?.geometry ?? null));
    if (!at) return [];
    return [
      {
        type: 'Feature',
        properties: {
          layer: 'country-label',
          id: country.id,
          name_en: country.name_en,
          name_ar: country.name_ar,
          rank: country.rank,
          minzoom: country.minzoom,
        },
        geometry: { type: 'Point', coordinates: [at[0], at[1]] },
      },
    ];
  });
}

/**
 * The whole basemap. Feature order is drawing order within a source: land
 * (low → high), borders (low → high), then labels.
 */
export function toBasemap(): Basemap {
  const regions = DETAILS.map((detail) => BASEMAP_REGIONS[detail]);
  const features: BasemapFeature[] = [
    ...regions.map(toLandFeature),
    ...regions.flatMap(toBorderFeatures),
    ...toCountryLabels(),
  ];
  return { type: 'FeatureCollection', features };
}
