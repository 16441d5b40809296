/** Country names for the map, read from the basemap the build generated (geo/cli/prepare-build.ts). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Lang, LngLat } from './schema';
import type { CountryLabel } from '@/components/map/country-labels';

export const BASEMAP_FILE = 'public/generated/basemap.geojson';

interface LabelFeature {
  geometry: { type: string; coordinates: LngLat };
  properties: { layer: string; id: string; name_ar: string; name_en: string; rank: number; minzoom?: number };
}

export function loadCountryLabels(lang: Lang, root = process.cwd()): CountryLabel[] {
  const file = path.join(root, BASEMAP_FILE);
  const basemap = JSON.parse(readFileSync(file, 'utf8')) as { features: LabelFeature[] };
  return basemap.features
    .filter((f) => f.properties.layer === 'country-label' && f.geometry.type === 'Point')
    .map((f) => ({
      id: f.properties.id,
      name: lang === 'ar' ? f.properties.name_ar : f.properties.name_en,
      lngLat: f.geometry.coordinates,
      rank: f.properties.rank,
      minzoom: f.properties.minzoom ?? 0,
    }));
}
