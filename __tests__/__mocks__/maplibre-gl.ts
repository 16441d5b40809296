/** jsdom has no WebGL: units that import maplibre-gl get this inert stand-in (real maps run in e2e/). */
export class Map {
  on() { return this; }
  remove() {}
}
export class Marker {}
export function setWorkerUrl() {}
