/** Functions that touch a live MapLibre map; the map is passed in, nothing is kept here. */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { ARROWS_SOURCE, ARROW_IMAGE, LINKS_SOURCE, PLACES_SOURCE, toStoryLayers, toStorySources } from '@/geo/map-style';
import type { StepFeatures } from './map-data';

/** A white-filled triangle as an SDF image, tinted per link kind through `icon-color`. */
function toArrowImage(size = 24): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Points "up" (north); the layer rotates it to the arc's bearing.
      const halfWidth = ((y - 3) / (size - 6)) * (size / 2 - 3);
      const inside = y >= 3 && y <= size - 3 && Math.abs(x - size / 2) <= halfWidth;
      const i = (y * size + x) * 4;
      data[i] = data[i + 1] = data[i + 2] = 255;
      data[i + 3] = inside ? 255 : 0;
    }
  }
  return { width: size, height: size, data };
}

export function addStoryLayers(map: MapLibreMap): void {
  if (!map.hasImage(ARROW_IMAGE)) map.addImage(ARROW_IMAGE, toArrowImage(), { sdf: true });
  for (const [id, source] of Object.entries(toStorySources())) {
    if (!map.getSource(id)) map.addSource(id, source as never);
  }
  for (const layer of toStoryLayers()) {
    if (!map.getLayer(layer.id)) map.addLayer(layer as never);
  }
}

export function setStepFeatures(map: MapLibreMap, features: StepFeatures): void {
  (map.getSource(LINKS_SOURCE) as GeoJSONSource | undefined)?.setData(features.links);
  (map.getSource(ARROWS_SOURCE) as GeoJSONSource | undefined)?.setData(features.arrows);
  (map.getSource(PLACES_SOURCE) as GeoJSONSource | undefined)?.setData(features.places);
}

export function setInteractive(map: MapLibreMap, on: boolean): void {
  const handlers = [map.dragPan, map.scrollZoom, map.boxZoom, map.dragRotate, map.keyboard, map.doubleClickZoom, map.touchZoomRotate];
  for (const handler of handlers) {
    if (on) handler.enable();
    else handler.disable();
  }
}
