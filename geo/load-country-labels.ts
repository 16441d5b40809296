/** Country names for the map, from the basemap the build generated (geo/cli/prepare-build.ts). */
import type { Lang, LngLat } from './schema';
import type { BasemapFeature, CountryLabelFeature } from './basemap';
import { loadBuiltBasemap } from './load-basemap';
import type { CountryLabel } from '@/components/map/country-labels';

const isCountryLabel = (f: BasemapFeature): f is CountryLabelFeature => f.properties.layer === 'country-label';

export function loadCountryLabels(lang: Lang, root = process.cwd()): CountryLabel[] {
  // The same cached read as the static maps: the file is parsed once per build, not once per caller.
  return loadBuiltBasemap(root)
    .features.filter(isCountryLabel)
    .map((f) => ({
      id: f.properties.id,
      name: lang === 'ar' ? f.properties.name_ar : f.properties.name_en,
      lngLat: f.geometry.coordinates as LngLat,
      rank: f.properties.rank,
      minzoom: f.properties.minzoom,
    }));
}
