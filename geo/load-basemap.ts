/**
 * The basemap the build generated (geo/cli/prepare-build.ts writes it), read once and shared by
 * the static maps and the map's country labels. Re-read when the file changes, so the preview
 * follows a rebuild.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Basemap } from './basemap';

export const BASEMAP_FILE = 'public/generated/basemap.geojson';

const cache = new Map<string, { mtimeMs: number; basemap: Pick<Basemap, 'features'> }>();

export function loadBuiltBasemap(root = process.cwd()): Pick<Basemap, 'features'> {
  const file = path.join(root, BASEMAP_FILE);
  const { mtimeMs } = statSync(file);
  const cached = cache.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached.basemap;
  const basemap = JSON.parse(readFileSync(file, 'utf8')) as Pick<Basemap, 'features'>;
  cache.set(file, { mtimeMs, basemap });
  return basemap;
}
