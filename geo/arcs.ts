/**
 * Links are drawn as arcs: the great circle between two places (turf), bowed sideways in
 * Mercator space so that even a 20 km link (Doha → Lusail) reads as a curved, directed link
 * rather than a straight stroke hidden under its two dots.
 */
// Single turf modules, not @turf/turf: trimArc and midpointAndBearing run in the browser too.
import { bearing } from '@turf/bearing';
import { distance } from '@turf/distance';
import { greatCircle } from '@turf/great-circle';
import type { LngLat } from './schema';
import type { StoryMapData } from './story-view';
import { fromWorld, toWorld } from './camera';

export interface ArcOptions {
  /** Points along the arc; enough for a smooth curve at any zoom the story uses. */
  points?: number;
  /** Sideways bow as a share of the link's length (0 = the great circle itself). */
  bow?: number;
}

export function toArc(from: LngLat, to: LngLat, { points = 64, bow = 0.18 }: ArcOptions = {}): LngLat[] {
  const path = greatCirclePath(from, to, points);
  const [ax, ay] = toWorld(from);
  const [bx, by] = toWorld(to);
  const dx = bx - ax;
  const dy = by - ay;
  const length = Math.hypot(dx, dy);
  if (length === 0) return path;
  // Unit normal to the chord, always bowing to the same side of the direction of travel.
  const nx = -dy / length;
  const ny = dx / length;
  const last = path.length - 1;
  return path.map((p, i) => {
    const t = i / last;
    const [x, y] = toWorld(p);
    const offset = Math.sin(Math.PI * t) * bow * length;
    const [lng, lat] = fromWorld([x + nx * offset, y + ny * offset]);
    return [round6(lng), round6(lat)];
  });
}

function greatCirclePath(from: LngLat, to: LngLat, points: number): LngLat[] {
  // Below ~1 km the great circle is a straight line and turf's interpolation is degenerate.
  if (distance(from, to, { units: 'kilometers' }) < 1) return linear(from, to, points);
  const line = greatCircle(from, to, { npoints: points });
  const geometry = line.geometry;
  // The story's links never cross the antimeridian, so turf returns a single LineString.
  if (geometry.type !== 'LineString') return linear(from, to, points);
  return geometry.coordinates.map(([lng, lat]) => [lng!, lat!] as LngLat);
}

function linear(from: LngLat, to: LngLat, points: number): LngLat[] {
  return Array.from({ length: points }, (_, i) => {
    const t = i / (points - 1);
    return [from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t] as LngLat;
  });
}

/** The first `progress` (0–1) of an arc, for the drawing animation. */
export function trimArc(arc: LngLat[], progress: number): LngLat[] {
  const count = Math.max(2, Math.ceil(arc.length * Math.min(1, Math.max(0, progress))));
  return arc.slice(0, count);
}

/** The compass bearing of the arc at its middle, for the direction arrow. */
export function midpointAndBearing(arc: LngLat[]): { point: LngLat; bearing: number } {
  const mid = Math.floor((arc.length - 1) / 2);
  const a = arc[mid]!;
  const b = arc[Math.min(arc.length - 1, mid + 1)]!;
  return { point: a, bearing: bearing(a, b) };
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * Every link's arc, by link id. Computed where it is drawn (the browser's map, the build's static
 * maps) rather than shipped: 13 arcs of 64 points would add 9 KiB to every page.
 */
export function linkArcs(data: Pick<StoryMapData, 'places' | 'links'>): Map<string, LngLat[]> {
  const lngLat = new Map(data.places.map((p) => [p.id, p.lngLat]));
  return new Map(data.links.map((l) => [l.id, toArc(lngLat.get(l.from)!, lngLat.get(l.to)!, { bow: l.bow })]));
}
