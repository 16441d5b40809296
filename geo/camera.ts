/**
 * Camera fitting in Web Mercator, as MapLibre computes it (512 px tiles), but pure: the same
 * function frames the live map and the static fallback maps, so step N looks the same in both
 * and does not depend on where the camera was before.
 */
// Single turf modules, not @turf/turf: this file runs in the browser too.
import { bbox } from '@turf/bbox';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Camera, LngLat } from './schema';

export const TILE_SIZE = 512;
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}
export interface Viewport {
  width: number;
  height: number;
}
export type BBox = [west: number, south: number, east: number, north: number];

export interface FitOptions {
  padding: Padding;
  /** Never zoom in further than this, so a single place keeps its surroundings. */
  maxZoom?: number;
  minZoom?: number;
}

/** Longitude/latitude to Web Mercator world coordinates in [0, 1]. */
export function toWorld([lng, lat]: LngLat): [number, number] {
  const clampedLat = Math.max(-85.051129, Math.min(85.051129, lat));
  const sin = Math.sin((clampedLat * Math.PI) / 180);
  return [(lng + 180) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

export function fromWorld([x, y]: [number, number]): LngLat {
  const lng = x * 360 - 180;
  const lat = (360 / Math.PI) * Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) - 90;
  return [lng, lat];
}

export function bboxOf(features: Feature<Geometry>[]): BBox {
  const fc: FeatureCollection = { type: 'FeatureCollection', features };
  return bbox(fc) as BBox;
}

/** The camera that shows `bbox` inside the padded part of the viewport. */
export function fitBounds(bbox: BBox, viewport: Viewport, options: FitOptions): Camera {
  const { padding, maxZoom = 9, minZoom = 0 } = options;
  const [x0, y1] = toWorld([bbox[0], bbox[1]]);
  const [x1, y0] = toWorld([bbox[2], bbox[3]]);
  // Padding larger than the viewport (a tiny embed) must not produce a negative area.
  const availableWidth = Math.max(40, viewport.width - padding.left - padding.right);
  const availableHeight = Math.max(40, viewport.height - padding.top - padding.bottom);
  const spanX = Math.max(x1 - x0, 1e-9);
  const spanY = Math.max(y1 - y0, 1e-9);
  const fitZoom = Math.log2(Math.min(availableWidth / (spanX * TILE_SIZE), availableHeight / (spanY * TILE_SIZE)));
  const zoom = Math.min(maxZoom, Math.max(minZoom, fitZoom));
  const worldSize = TILE_SIZE * 2 ** zoom;
  // Shift the centre so the bounds sit in the middle of the padded area, not of the viewport.
  const offsetX = (padding.left - padding.right) / 2 / worldSize;
  const offsetY = (padding.top - padding.bottom) / 2 / worldSize;
  const center = fromWorld([(x0 + x1) / 2 - offsetX, (y0 + y1) / 2 - offsetY]);
  return { center: roundLngLat(center), zoom: round(zoom, 3), bearing: 0, pitch: 0 };
}

/** Where a point lands on screen (px from the top-left) for a north-up, flat camera. */
export function projectToScreen(lngLat: LngLat, camera: Camera, viewport: Viewport): [number, number] {
  const worldSize = TILE_SIZE * 2 ** camera.zoom;
  const [cx, cy] = toWorld(camera.center);
  const [x, y] = toWorld(lngLat);
  return [(x - cx) * worldSize + viewport.width / 2, (y - cy) * worldSize + viewport.height / 2];
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
const roundLngLat = ([lng, lat]: LngLat): LngLat => [round(lng, 5), round(lat, 5)];

/** The `data-camera` attribute format: "lng,lat,zoom,bearing,pitch". */
export function toCameraAttribute(camera: Camera): string {
  return [
    round(camera.center[0], 4),
    round(camera.center[1], 4),
    round(camera.zoom, 2),
    round(camera.bearing, 1),
    round(camera.pitch, 1),
  ].join(',');
}

export function parseCameraAttribute(value: string): Camera | null {
  const raw = value.split(',');
  if (raw.length !== 5 || raw.some((part) => part.trim() === '')) return null;
  const parts = raw.map(Number);
  if (parts.some((n) => !Number.isFinite(n))) return null;
  const [lng, lat, zoom, bearing, pitch] = parts as [number, number, number, number, number];
  return { center: [lng, lat], zoom, bearing, pitch };
}
