/**
 * What the live map needs besides MapLibre: its layers and their data, the arcs, label placement
 * and camera fitting. Loaded with MapLibre when the map starts (StoryMap.tsx), so none of it (turf
 * included) weighs on the page before then.
 */
export { addStoryLayers, setInteractive, setStepFeatures } from './map-layers';
export { newLinks, toStepFeatures } from './map-data';
export { linkArcs } from '@/geo/arcs';
export { fitBounds, toCameraAttribute } from '@/geo/camera';
export { POINT_ANCHORS, placeLabels } from '@/geo/label-layout';
export { toBasemapStyle } from '@/geo/map-style';
