/**
 * The map's style as pure functions: the built-in basemap (sea, land, borders from Natural
 * Earth, no tile server) and the story's own layers (links, arrows, places), which are added on
 * top of either the built-in basemap or an external style.
 */
import type {
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { LINK_KINDS } from './kinds';
import { LINK_STYLES, PALETTE } from './palette';

export const BASEMAP_SOURCE = 'basemap';
export const LINKS_SOURCE = 'story-links';
export const ARROWS_SOURCE = 'story-arrows';
export const PLACES_SOURCE = 'story-places';
export const ARROW_IMAGE = 'story-arrow';


export function toBasemapStyle(basemapUrl: string): StyleSpecification {
  const layers: LayerSpecification[] = [
    { id: 'sea', type: 'background', paint: { 'background-color': PALETTE.sea } },
  ];
  // The detail levels of geo/basemap.ts tile the world without overlapping, so each draws at every zoom.
  layers.push(
    {
      id: 'land',
      type: 'fill',
      source: BASEMAP_SOURCE,
      filter: ['==', ['get', 'layer'], 'land'],
      paint: { 'fill-color': PALETTE.land, 'fill-antialias': false },
    },
    {
      id: 'borders',
      type: 'line',
      source: BASEMAP_SOURCE,
      filter: ['all', ['==', ['get', 'layer'], 'border'], ['!=', ['get', 'disputed'], true]],
      paint: { 'line-color': PALETTE.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.5, 8, 1.2] },
    },
    {
      // Natural Earth's disputed lines (Western Sahara, Palestine, …) are drawn dashed, not as settled borders.
      id: 'borders-disputed',
      type: 'line',
      source: BASEMAP_SOURCE,
      filter: ['all', ['==', ['get', 'layer'], 'border'], ['==', ['get', 'disputed'], true]],
      paint: { 'line-color': PALETTE.border, 'line-width': 0.8, 'line-dasharray': [3, 2] },
    },
  );
  return {
    version: 8,
    name: 'Story basemap',
    sources: {
      [BASEMAP_SOURCE]: { type: 'geojson', data: basemapUrl, tolerance: 0.2 },
    },
    layers,
  };
}

const emptyCollection = { type: 'FeatureCollection' as const, features: [] };

export function toStorySources(): Record<string, SourceSpecification> {
  return {
    [LINKS_SOURCE]: { type: 'geojson', data: emptyCollection },
    [ARROWS_SOURCE]: { type: 'geojson', data: emptyCollection },
    [PLACES_SOURCE]: { type: 'geojson', data: emptyCollection },
  };
}

/** Feature property set per step: 1 when the step shows the feature, 0 when dimmed. */
const active = ['==', ['get', 'active'], 1] as const;

export function toStoryLayers(): LayerSpecification[] {
  const width = ['interpolate', ['linear'], ['zoom'], 2, 2.2, 8, 4] as const;
  const layers: LayerSpecification[] = [
    {
      id: 'links-casing',
      type: 'line',
      source: LINKS_SOURCE,
      filter: active as never,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      // A zoom curve must be the top-level expression, so the casing has its own wider curve.
      paint: { 'line-color': PALETTE.halo, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 5.2, 8, 7], 'line-opacity': 0.9 },
    },
  ];
  for (const kind of LINK_KINDS) {
    const style = LINK_STYLES[kind];
    layers.push({
      id: `links-${kind}`,
      type: 'line',
      source: LINKS_SOURCE,
      filter: ['==', ['get', 'kind'], kind],
      layout: { 'line-cap': style.dash.length ? 'butt' : 'round', 'line-join': 'round' },
      paint: {
        'line-color': style.color,
        'line-width': width as never,
        'line-opacity': ['case', active, 1, 0.18] as never,
        ...(style.dash.length ? { 'line-dasharray': style.dash } : {}),
      },
    });
  }
  layers.push(
    {
      id: 'links-arrows',
      type: 'symbol',
      source: ARROWS_SOURCE,
      filter: active as never,
      layout: {
        'icon-image': ARROW_IMAGE,
        'icon-size': ['interpolate', ['linear'], ['zoom'], 2, 0.55, 8, 0.8],
        'icon-rotate': ['get', 'bearing'],
        'icon-rotation-alignment': 'map',
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: { 'icon-color': ['get', 'color'] as never, 'icon-halo-color': PALETTE.halo, 'icon-halo-width': 1.5 },
    },
    {
      id: 'places-halo',
      type: 'circle',
      source: PLACES_SOURCE,
      paint: {
        'circle-radius': ['case', active, 8, 5] as never,
        'circle-color': PALETTE.halo,
        'circle-opacity': ['case', active, 1, 0.6] as never,
      },
    },
    {
      id: 'places',
      type: 'circle',
      source: PLACES_SOURCE,
      paint: {
        'circle-radius': ['case', active, 5, 3] as never,
        'circle-color': ['case', active, PALETTE.place, PALETTE.placeDim] as never,
      },
    },
  );
  return layers;
}
