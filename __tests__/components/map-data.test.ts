import { newLinks, toStepFeatures } from '@/components/map/map-data';
import { linkArcs } from '@/geo/arcs';
import { LINK_STYLES } from '@/geo/palette';
import type { LngLat } from '@/geo/schema';
import type { MapLink, MapPlace, MapStep, StoryMapData } from '@/geo/story-view';

const RABAT: LngLat = [-6.8498, 34.0209];
const DOHA: LngLat = [51.531, 25.2854];
const LUSAIL: LngLat = [51.4906, 25.4209];
const TEL_AVIV: LngLat = [34.7818, 32.0853];

const places: MapPlace[] = [
  { id: 'rabat', name: 'Rabat', kind: 'city', lngLat: RABAT },
  { id: 'doha', name: 'Doha', kind: 'city', lngLat: DOHA },
  { id: 'lusail-stadium', name: 'Lusail Stadium', kind: 'venue', lngLat: LUSAIL },
  { id: 'tel-aviv', name: 'Tel Aviv', kind: 'city', lngLat: TEL_AVIV },
];
const link = (id: string, kind: MapLink['kind'], from: string, to: string): MapLink => ({
  id,
  kind,
  from,
  to,
  label: id,
  date: '2022',
  bow: 0.18,
});
const links: MapLink[] = [
  link('rabat-doha', 'cybersecurity', 'rabat', 'doha'),
  link('doha-lusail', 'event-security', 'doha', 'lusail-stadium'),
  link('tel-aviv-rabat', 'diplomacy', 'tel-aviv', 'rabat'),
];
const step = (id: string, stepPlaces: string[], stepLinks: string[]): MapStep => ({
  id,
  title: id,
  date: '2022',
  places: stepPlaces,
  links: stepLinks,
  bbox: [-7, 25, 52, 35],
});
const STEPS = {
  overview: step('overview', ['rabat', 'doha', 'lusail-stadium', 'tel-aviv'], []),
  experts: step('experts', ['rabat', 'doha'], ['rabat-doha']),
  lusail: step('lusail', ['rabat', 'doha', 'lusail-stadium'], ['rabat-doha', 'doha-lusail']),
  agreement: step('agreement', ['tel-aviv', 'rabat'], ['tel-aviv-rabat']),
};
const DATA: StoryMapData = { lang: 'en', places, links, steps: Object.values(STEPS) };
const ARCS = linkArcs(DATA);

const activeIds = (fc: { features: { properties: unknown }[] }) =>
  fc.features
    .map((f) => f.properties as { id: string; active: number })
    .filter((p) => p.active === 1)
    .map((p) => p.id)
    .sort();

describe('toStepFeatures', () => {
  it.each(Object.values(STEPS))('marks exactly the step\'s links and places active ($id)', (s) => {
    const features = toStepFeatures(DATA, ARCS, s);
    expect(activeIds(features.links)).toEqual([...s.links].sort());
    expect(activeIds(features.places)).toEqual([...s.places].sort());
    expect(activeIds(features.arrows)).toEqual([...s.links].sort());
  });

  it('keeps every link and place on the map (inactive ones are dimmed, not removed)', () => {
    const features = toStepFeatures(DATA, ARCS, STEPS.experts);
    expect(features.links.features.map((f) => f.id)).toEqual(links.map((l) => l.id));
    expect(features.places.features.map((f) => f.id)).toEqual(places.map((p) => p.id));
    for (const f of features.links.features) expect([0, 1]).toContain(f.properties?.active);
  });

  it('without progress every link is drawn whole, with one arrow in its kind\'s colour', () => {
    const features = toStepFeatures(DATA, ARCS, STEPS.lusail);
    features.links.features.forEach((f, i) => expect(f.geometry.coordinates).toEqual(ARCS.get(links[i]!.id)));
    expect(features.arrows.features.map((f) => [f.properties?.id, f.properties?.color])).toEqual(
      links.map((l) => [l.id, LINK_STYLES[l.kind].color]),
    );
  });

  it('places sit at their coordinates and links keep their kind', () => {
    const features = toStepFeatures(DATA, ARCS, STEPS.lusail);
    expect(features.places.features.map((f) => f.geometry.coordinates)).toEqual(places.map((p) => p.lngLat));
    expect(features.links.features.map((f) => f.properties?.kind)).toEqual(links.map((l) => l.kind));
  });

  it('progress trims a link being drawn to a prefix of its arc', () => {
    const arc = ARCS.get(links[1]!.id)!;
    const half = toStepFeatures(DATA, ARCS, STEPS.lusail, new Map([['doha-lusail', 0.5]]));
    const drawn = half.links.features.find((f) => f.id === 'doha-lusail')!.geometry.coordinates;
    expect(drawn.length).toBeLessThan(arc.length);
    expect(drawn.length).toBeGreaterThanOrEqual(2);
    expect(drawn).toEqual(arc.slice(0, drawn.length));

    const start = toStepFeatures(DATA, ARCS, STEPS.lusail, new Map([['doha-lusail', 0]]));
    expect(start.links.features.find((f) => f.id === 'doha-lusail')!.geometry.coordinates).toHaveLength(2);

    // Other links are not affected by one link's progress.
    expect(half.links.features.find((f) => f.id === 'rabat-doha')!.geometry.coordinates).toEqual(ARCS.get(links[0]!.id));
  });

  it.each([0, 0.5, 0.99])('hides the arrow of a link while it is drawn (progress %d)', (progress) => {
    const features = toStepFeatures(DATA, ARCS, STEPS.lusail, new Map([['doha-lusail', progress]]));
    expect(features.arrows.features.map((f) => f.properties?.id)).toEqual(['rabat-doha', 'tel-aviv-rabat']);
  });

  it('shows the arrow once the link is fully drawn (progress 1)', () => {
    const features = toStepFeatures(DATA, ARCS, STEPS.lusail, new Map([['doha-lusail', 1]]));
    expect(features.arrows.features.map((f) => f.properties?.id)).toContain('doha-lusail');
  });

  it('puts each arrow on its own arc', () => {
    const features = toStepFeatures(DATA, ARCS, STEPS.lusail);
    for (const arrow of features.arrows.features) {
      const arc = ARCS.get(links.find((l) => l.id === arrow.properties?.id)!.id)!;
      expect(arc).toContainEqual(arrow.geometry.coordinates);
    }
  });
});

describe('newLinks', () => {
  it.each([
    ['the first step shows all its links as new', undefined, STEPS.experts, ['rabat-doha']],
    ['a link already shown is not new', STEPS.experts, STEPS.lusail, ['doha-lusail']],
    ['going back shows no new link when the earlier step is a subset', STEPS.lusail, STEPS.experts, []],
    ['a step with entirely different links shows them all as new', STEPS.lusail, STEPS.agreement, ['tel-aviv-rabat']],
    ['a step without links has no new links', STEPS.agreement, STEPS.overview, []],
    ['the same step again has no new links', STEPS.lusail, STEPS.lusail, []],
  ] as [string, MapStep | undefined, MapStep, string[]][])('%s', (_name, previous, next, expected) => {
    expect(newLinks(previous, next)).toEqual(expected);
  });
});
