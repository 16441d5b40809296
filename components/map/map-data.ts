/** GeoJSON for the story's map layers at a given step: pure, so it is unit-tested without WebGL. */
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { LngLat } from '@/geo/schema';
import { midpointAndBearing, trimArc } from '@/geo/arcs';
import { LINK_STYLES } from '@/geo/palette';
import type { MapStep, StoryMapData } from '@/geo/story-view';

export interface StepFeatures {
  links: FeatureCollection<LineString>;
  arrows: FeatureCollection<Point>;
  places: FeatureCollection<Point>;
}

/**
 * `arcs` is every link's arc (geo/arcs.ts linkArcs). `progress` maps a link id to how much of it
 * is drawn (0–1) while a step animates its new links in; links not in the map are drawn whole.
 */
export function toStepFeatures(
  data: StoryMapData,
  arcs: ReadonlyMap<string, LngLat[]>,
  step: MapStep,
  progress: ReadonlyMap<string, number> = new Map(),
): StepFeatures {
  const activeLinks = new Set(step.links);
  const activePlaces = new Set(step.places);
  return {
    links: {
      type: 'FeatureCollection',
      features: data.links.map((link) => ({
        type: 'Feature',
        id: link.id,
        properties: { id: link.id, kind: link.kind, active: activeLinks.has(link.id) ? 1 : 0 },
        geometry: { type: 'LineString', coordinates: trimArc(arcs.get(link.id)!, progress.get(link.id) ?? 1) },
      })),
    },
    arrows: {
      type: 'FeatureCollection',
      features: data.links
        .filter((link) => (progress.get(link.id) ?? 1) >= 1)
        .map((link) => {
          const { point, bearing } = midpointAndBearing(arcs.get(link.id)!);
          return {
            type: 'Feature',
            properties: { id: link.id, bearing, color: LINK_STYLES[link.kind].color, active: activeLinks.has(link.id) ? 1 : 0 },
            geometry: { type: 'Point', coordinates: point },
          };
        }),
    },
    places: {
      type: 'FeatureCollection',
      features: data.places.map((place) => ({
        type: 'Feature',
        id: place.id,
        properties: { id: place.id, active: activePlaces.has(place.id) ? 1 : 0 },
        geometry: { type: 'Point', coordinates: place.lngLat },
      })),
    },
  };
}

/** Links a step shows that the previous step did not: these are drawn in with an animation. */
export function newLinks(previous: MapStep | undefined, next: MapStep): string[] {
  const before = new Set(previous?.links ?? []);
  return next.links.filter((id) => !before.has(id));
}
