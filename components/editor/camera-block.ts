import type { Camera } from '@/geo/schema';

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/** A camera as the YAML block a chapter's front matter takes (see content/README.md). */
export function toCameraBlock(camera: Camera): string {
  return [
    'camera:',
    `  center: [${round(camera.center[0], 4)}, ${round(camera.center[1], 4)}]`,
    `  zoom: ${round(camera.zoom, 2)}`,
    `  bearing: ${round(camera.bearing, 1)}`,
    `  pitch: ${round(camera.pitch, 1)}`,
  ].join('\n');
}
