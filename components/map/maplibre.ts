/**
 * MapLibre and its stylesheet, loaded together and only when the map starts, so neither
 * blocks the first paint of the story's text.
 */
import 'maplibre-gl/dist/maplibre-gl.css';

export * from 'maplibre-gl';
