import { validateStyleMin, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import {
  ARROWS_SOURCE,
  BASEMAP_SOURCE,
  LINKS_SOURCE,
  PLACES_SOURCE,
  toBasemapStyle,
  toStoryLayers,
  toStorySources,
} from '../../geo/map-style';
import { LINK_KINDS } from '../../geo/schema';

/** The style the live map ends up with: the basemap plus the story's sources and layers on top. */
function fullStyle(): StyleSpecification {
  const base = toBasemapStyle('http://x/basemap.geojson');
  return {
    ...base,
    sources: { ...base.sources, ...toStorySources() },
    layers: [...base.layers, ...toStoryLayers()],
  };
}

const layerSource = (layer: StyleSpecification['layers'][number]) => ('source' in layer ? layer.source : undefined);

describe('map style', () => {
  it('the basemap alone passes the official style-spec validator', () => {
    expect(validateStyleMin(toBasemapStyle('http://x/basemap.geojson'))).toEqual([]);
  });

  it('the full style, basemap plus story layers, passes the official style-spec validator', () => {
    expect(validateStyleMin(fullStyle()).map((e) => e.message)).toEqual([]);
  });

  it('the basemap GeoJSON is loaded from the given URL', () => {
    expect(toBasemapStyle('http://x/basemap.geojson').sources[BASEMAP_SOURCE]).toMatchObject({
      type: 'geojson',
      data: 'http://x/basemap.geojson',
    });
  });

  it('layer ids are unique', () => {
    const ids = fullStyle().layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('story sources do not clash with the basemap source', () => {
    expect(Object.keys(toStorySources()).sort()).toEqual([ARROWS_SOURCE, LINKS_SOURCE, PLACES_SOURCE].sort());
    expect(Object.keys(toStorySources())).not.toContain(BASEMAP_SOURCE);
  });

  it('every story layer reads a story source', () => {
    const sources = Object.keys(toStorySources());
    for (const layer of toStoryLayers()) expect(sources).toContain(layerSource(layer));
  });

  it.each(LINK_KINDS)('link kind "%s" has its own line layer filtered to that kind', (kind) => {
    const layers = toStoryLayers().filter(
      (l) => l.type === 'line' && layerSource(l) === LINKS_SOURCE && JSON.stringify(l.filter) === JSON.stringify(['==', ['get', 'kind'], kind]),
    );
    expect(layers).toHaveLength(1);
  });

  it('story layers draw above every basemap layer', () => {
    const layers = fullStyle().layers;
    const lastBasemap = Math.max(...layers.map((l, i) => (layerSource(l) === BASEMAP_SOURCE || l.type === 'background' ? i : -1)));
    const firstStory = layers.findIndex((l) => [LINKS_SOURCE, ARROWS_SOURCE, PLACES_SOURCE].includes(layerSource(l) ?? ''));
    expect(firstStory).toBeGreaterThan(lastBasemap);
  });
});
