import type { LngLat } from '@/geo/schema';

/** A country name drawn on the map in the page's language; rank 1 matters most to the story. */
export interface CountryLabel {
  id: string;
  name: string;
  lngLat: LngLat;
  rank: number;
  /** Below this zoom the name is left out (small countries crowd the overview). */
  minzoom: number;
}
