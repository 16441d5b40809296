import * as turf from '@turf/turf';
import type { Feature, LineString } from 'geojson';
import { midpointAndBearing, toArc, trimArc } from '../../geo/arcs';
import type { LngLat } from '../../geo/schema';

const DOHA: LngLat = [51.531, 25.2854];
const LUSAIL_STADIUM: LngLat = [51.4906, 25.4209];
const RABAT: LngLat = [-6.8498, 34.0209];
const TEL_AVIV: LngLat = [34.7818, 32.0853];
const MANAMA: LngLat = [50.586, 26.2285];
/** Two points ~100 m apart: below 1 km the arc starts from a straight line. */
const NEAR_DOHA: LngLat = [51.532, 25.2858];

const line = (coords: LngLat[]): Feature<LineString> => turf.lineString(coords);
const km = { units: 'kilometers' } as const;

/** The point halfway along a line, by distance. */
const halfway = (l: Feature<LineString>) => turf.along(l, turf.length(l, km) / 2, km);

/** Smallest signed difference between two compass bearings, in degrees (-180..180]. */
const angleBetween = (a: number, b: number) => ((((a - b) % 360) + 540) % 360) - 180;

describe('toArc', () => {
  it.each([
    ['Doha → Lusail Stadium', DOHA, LUSAIL_STADIUM],
    ['Rabat → Doha', RABAT, DOHA],
    ['Tel Aviv → Rabat', TEL_AVIV, RABAT],
    ['Manama → Tel Aviv', MANAMA, TEL_AVIV],
    ['two points 100 m apart', DOHA, NEAR_DOHA],
  ])('an arc starts and ends exactly at its places (%s)', (_name, from, to) => {
    const arc = toArc(from, to);
    expect(arc[0]).toEqual(from);
    expect(arc[arc.length - 1]).toEqual(to);
    expect(arc.length).toBe(64);
  });

  it('the short Doha → Lusail Stadium arc bows away from the straight line by ≥ 10% of its length', () => {
    const arc = toArc(DOHA, LUSAIL_STADIUM);
    const chord = line([DOHA, LUSAIL_STADIUM]);
    const chordKm = turf.length(chord, km);
    const bowKm = Math.max(...arc.map((p) => turf.pointToLineDistance(p, chord, km)));
    expect(bowKm).toBeGreaterThanOrEqual(0.1 * chordKm);
    expect(turf.length(line(arc), km)).toBeGreaterThan(chordKm);
  });

  it('the bow is largest in the middle and vanishes at both ends', () => {
    const arc = toArc(DOHA, LUSAIL_STADIUM);
    const chord = line([DOHA, LUSAIL_STADIUM]);
    const offsets = arc.map((p) => turf.pointToLineDistance(p, chord, km));
    const peak = offsets.indexOf(Math.max(...offsets));
    expect(Math.abs(peak - (arc.length - 1) / 2)).toBeLessThanOrEqual(1);
    expect(offsets[0]).toBeLessThan(0.01);
    expect(offsets[offsets.length - 1]).toBeLessThan(0.01);
  });

  it('with no bow, a long arc is the great circle itself', () => {
    const arc = line(toArc(RABAT, DOHA, { bow: 0 }));
    const greatCircle = turf.greatCircle(RABAT, DOHA, { npoints: 64 }) as Feature<LineString>;
    expect(turf.distance(halfway(arc), halfway(greatCircle), km)).toBeLessThan(1);
  });

  it('a long arc (Rabat → Doha) follows the great circle, bowed by a bounded share of its length', () => {
    // The sideways bow is 18% of the link's length by design, so for a ~5,650 km link the middle
    // sits ~1,000 km off the great circle: visible as a curve, but never a detour.
    const arc = line(toArc(RABAT, DOHA));
    const greatCircle = turf.greatCircle(RABAT, DOHA, { npoints: 64 }) as Feature<LineString>;
    const lengthKm = turf.length(greatCircle, km);
    const offsetKm = turf.distance(halfway(arc), halfway(greatCircle), km);
    expect(offsetKm).toBeGreaterThan(0.1 * lengthKm);
    expect(offsetKm).toBeLessThan(0.25 * lengthKm);
    expect(turf.length(arc, km)).toBeLessThan(1.15 * lengthKm);
  });

  it('a link and its reverse bow to opposite sides, so they never draw on top of each other', () => {
    const chord = line([RABAT, DOHA]);
    const there = toArc(RABAT, DOHA)[32]!;
    const back = toArc(DOHA, RABAT)[32]!;
    // turf.booleanPointOnLine is too strict; compare which side of the chord each middle lies on.
    const side = (p: LngLat) => Math.sign(angleBetween(turf.bearing(RABAT, p), turf.bearing(RABAT, DOHA)));
    expect(side(there)).not.toBe(0);
    expect(side(back)).toBe(-side(there));
    expect(turf.pointToLineDistance(there, chord, km)).toBeGreaterThan(100);
  });

  it('a larger bow moves the middle further from the straight line', () => {
    const chord = line([DOHA, LUSAIL_STADIUM]);
    const middleOffset = (bow: number) => turf.pointToLineDistance(toArc(DOHA, LUSAIL_STADIUM, { bow })[32]!, chord, km);
    expect(middleOffset(0.32)).toBeGreaterThan(middleOffset(0.18));
    expect(middleOffset(0.18)).toBeGreaterThan(middleOffset(0));
  });
});

describe('trimArc', () => {
  const arc = toArc(RABAT, DOHA);

  it.each([0, -1])('progress %d still keeps the first 2 points (a line needs two)', (progress) => {
    expect(trimArc(arc, progress)).toEqual(arc.slice(0, 2));
  });

  it.each([1, 1.5])('progress %d is the whole arc', (progress) => {
    expect(trimArc(arc, progress)).toEqual(arc);
  });

  it('a partial arc is a prefix of the arc that grows with progress', () => {
    const lengths = [0.1, 0.25, 0.5, 0.75, 0.9].map((p) => trimArc(arc, p).length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(new Set(lengths).size).toBe(lengths.length);
    const half = trimArc(arc, 0.5);
    expect(half).toEqual(arc.slice(0, half.length));
    expect(half.length).toBeGreaterThanOrEqual(arc.length / 2);
    expect(half.length).toBeLessThanOrEqual(arc.length / 2 + 1);
  });
});

describe('midpointAndBearing', () => {
  it.each([
    ['west → east (Rabat → Doha)', RABAT, DOHA],
    ['east → west (Doha → Rabat)', DOHA, RABAT],
    ['south → north (Doha → Lusail Stadium)', DOHA, LUSAIL_STADIUM],
    ['north-west → south-east (Tel Aviv → Manama)', TEL_AVIV, MANAMA],
  ])('the arrow points roughly from → to: %s', (_name, from, to) => {
    const { bearing } = midpointAndBearing(toArc(from, to));
    expect(Math.abs(angleBetween(bearing, turf.bearing(from, to)))).toBeLessThan(45);
  });

  it('a west → east link has an eastward arrow (bearing between 45° and 135°)', () => {
    const { bearing } = midpointAndBearing(toArc(RABAT, DOHA));
    expect(bearing).toBeGreaterThan(45);
    expect(bearing).toBeLessThan(135);
  });

  it('the arrow sits on the arc, in its middle', () => {
    const arc = toArc(RABAT, DOHA);
    const { point } = midpointAndBearing(arc);
    const index = arc.findIndex((p) => p[0] === point[0] && p[1] === point[1]);
    expect(Math.abs(index - (arc.length - 1) / 2)).toBeLessThanOrEqual(1);
  });
});
