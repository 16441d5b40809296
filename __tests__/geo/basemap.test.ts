/**
 * @jest-environment node
 */
// Pure build-time geometry: no DOM needed, and Node's zlib/Buffer behave as in the CLI.
import { gzipSync } from 'node:zlib';
import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Position } from 'geojson';
import {
  BASEMAP_REGIONS,
  COUNTRY_NAMES,
  DETAILS,
  boxMinusBox,
  toBasemap,
  unwrapAntimeridian,
  type Basemap,
  type BasemapFeature,
  type Detail,
  type LonLatBox,
} from '../../geo/basemap';

const LAYERS = ['land', 'border', 'country-label'] as const;
const KIB = 1024;

const DOHA: Position = [51.53, 25.29];
const LUSAIL_STADIUM: Position = [51.49, 25.42];
const BAHRAIN_ISLAND: Position = [50.55, 26.05];
/** Around Qatar's peninsula; holds ~260 vertices at high detail vs ~35 in the 50m data. */
const QATAR_BOX: LonLatBox = [50.7, 24.45, 51.7, 26.2];
const MIN_QATAR_HIGH_VERTICES = 200;
const RANK_1_IDS = ['mar', 'qat', 'bhr', 'are', 'isr', 'sau'];

/** Every ring (land) or line (border) of a feature; points yield one single-position "line". */
function linesOf(feature: BasemapFeature): Position[][] {
  const geometry = feature.geometry;
  switch (geometry.type) {
    case 'Point':
      return [[geometry.coordinates]];
    case 'LineString':
      return [geometry.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
  }
}

function landAt(basemap: Basemap, detail: Detail): MultiPolygon {
  const land = basemap.features.find((f) => f.properties.layer === 'land' && f.properties.detail === detail);
  if (!land || land.geometry.type !== 'MultiPolygon') throw new Error(`no ${detail} land`);
  return land.geometry;
}

function isInside([lon, lat]: Position, [w, s, e, n]: LonLatBox): boolean {
  return lon !== undefined && lat !== undefined && lon >= w && lon <= e && lat >= s && lat <= n;
}

function isStrictlyInside([lon, lat]: Position, [w, s, e, n]: LonLatBox): boolean {
  return lon !== undefined && lat !== undefined && lon > w && lon < e && lat > s && lat < n;
}

describe('toBasemap', () => {
  let basemap: Basemap;

  beforeAll(() => {
    basemap = toBasemap();
  }, 60_000);

  it('is a non-empty FeatureCollection', () => {
    expect(basemap.type).toBe('FeatureCollection');
    expect(basemap.features.length).toBeGreaterThan(0);
  });

  it('gives every feature a valid layer, matching geometry and detail level', () => {
    for (const feature of basemap.features) {
      const { layer } = feature.properties;
      expect(LAYERS).toContain(layer);
      const type = feature.geometry.type;
      if (layer === 'land') expect(['Polygon', 'MultiPolygon']).toContain(type);
      if (layer === 'border') expect(['LineString', 'MultiLineString']).toContain(type);
      if (layer === 'country-label') expect(type).toBe('Point');
      if (feature.properties.layer !== 'country-label') expect(DETAILS).toContain(feature.properties.detail);
    }
  });

  it('has land at every detail level', () => {
    for (const detail of DETAILS) expect(landAt(basemap, detail).coordinates.length).toBeGreaterThan(0);
  });

  it('never jumps more than 180° of longitude between consecutive points', () => {
    const jumps: Position[][] = [];
    for (const feature of basemap.features) {
      for (const line of linesOf(feature)) {
        for (let i = 1; i < line.length; i++) {
          const from = line[i - 1] ?? [];
          const to = line[i] ?? [];
          if (!(Math.abs((to[0] ?? NaN) - (from[0] ?? NaN)) <= 180)) jumps.push([from, to]);
        }
      }
    }
    expect(jumps).toEqual([]);
  });

  it('has only finite coordinates within [-180, 180] × [-90, 90]', () => {
    const outOfRange = basemap.features
      .flatMap((feature) => linesOf(feature).flat())
      .filter((p) => {
        const [lon, lat] = p;
        return p.length !== 2 || !(Math.abs(lon ?? NaN) <= 180) || !(Math.abs(lat ?? NaN) <= 90);
      });
    expect(outOfRange).toEqual([]);
  });

  it('has closed land rings with at least 4 positions, and no Antarctica', () => {
    for (const detail of DETAILS) {
      for (const ring of landAt(basemap, detail).coordinates.flat()) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[ring.length - 1]).toEqual(ring[0]);
        expect(ring.every(([, lat]) => (lat ?? NaN) > -60)).toBe(true);
      }
    }
  });

  it('keeps each detail level inside its own area, so nothing is drawn twice', () => {
    for (const feature of basemap.features) {
      if (feature.properties.layer === 'country-label') continue;
      const region = BASEMAP_REGIONS[feature.properties.detail];
      const areas = boxMinusBox(region.bbox, region.cutOut);
      for (const line of linesOf(feature)) {
        // clipping keeps each ring/line within one box of the area
        expect(areas.some((box) => line.every((p) => isInside(p, box)))).toBe(true);
        if (region.cutOut) {
          const cutOut = region.cutOut;
          expect(line.some((p) => isStrictlyInside(p, cutOut))).toBe(false);
        }
      }
    }
  });

  it(`stays within 80 KiB gzipped`, () => {
    const gzipBytes = gzipSync(JSON.stringify(basemap)).length;
    expect(gzipBytes).toBeLessThanOrEqual(80 * KIB);
  });

  it('puts Doha and Lusail Stadium on high-detail land', () => {
    const high = landAt(basemap, 'high');
    expect(booleanPointInPolygon(DOHA, high)).toBe(true);
    expect(booleanPointInPolygon(LUSAIL_STADIUM, high)).toBe(true);
  });

  it("draws Qatar's coastline with real detail at the high level", () => {
    const vertices = landAt(basemap, 'high')
      .coordinates.flat(2)
      .filter((p) => isInside(p, QATAR_BOX));
    expect(vertices.length).toBeGreaterThan(MIN_QATAR_HIGH_VERTICES);
  });

  it('has Bahrain as an island at the high level', () => {
    const high = landAt(basemap, 'high');
    expect(booleanPointInPolygon(BAHRAIN_ISLAND, high)).toBe(true);
    const island = high.coordinates.find((polygon) =>
      booleanPointInPolygon(BAHRAIN_ISLAND, { type: 'Polygon', coordinates: polygon }),
    );
    // An island of its own, not part of the Arabian mainland polygon.
    expect(island).toBeDefined();
    expect(booleanPointInPolygon([49.8, 25.5], { type: 'Polygon', coordinates: island ?? [] })).toBe(false);
  });

  it('labels every rank-1 country with Arabic and English names', () => {
    const labels = basemap.features.flatMap((f) => (f.properties.layer === 'country-label' ? [f.properties] : []));
    const rank1 = labels.filter((label) => label.rank === 1);
    expect(rank1.map((label) => label.id).sort()).toEqual([...RANK_1_IDS].sort());
    for (const label of rank1) {
      expect(label.name_en.trim().length).toBeGreaterThan(0);
      expect(label.name_ar).toMatch(/^[\u0600-\u06FF\s]+$/);
      expect(Number.isFinite(label.minzoom)).toBe(true);
    }
  });

  it('has one label per entry in COUNTRY_NAMES, with unique ids', () => {
    const ids = basemap.features.flatMap((f) => (f.properties.layer === 'country-label' ? [f.properties.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(COUNTRY_NAMES.map((country) => country.id).sort());
  });
});

describe('unwrapAntimeridian', () => {
  it('turns a +180 → -180 jump into a continuous line', () => {
    expect(
      unwrapAntimeridian([
        [179, 65],
        [-179, 66],
        [-178, 67],
      ]),
    ).toEqual([
      [179, 65],
      [181, 66],
      [182, 67],
    ]);
  });
});
