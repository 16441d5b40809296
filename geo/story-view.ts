/**
 * What the browser needs to draw the story, computed at build time from the validated content:
 * places, links, per-step highlights and the bounds each step frames. Plain JSON, passed as props
 * (so kept small: the arcs themselves are computed where they are drawn, with geo/arcs.ts linkArcs).
 */
import type { Feature, Geometry } from 'geojson';
import * as turf from '@turf/turf';
import type { Camera, Lang, LinkKind, LngLat, PlaceKind, Story } from './schema';
import { linkArcs } from './arcs';
import { bboxOf, type BBox } from './camera';

export interface MapPlace {
  id: string;
  name: string;
  kind: PlaceKind;
  lngLat: LngLat;
}
export interface MapLink {
  id: string;
  kind: LinkKind;
  from: string;
  to: string;
  label: string;
  date: string;
  /** How far the arc bows sideways (geo/arcs.ts toArc): links sharing both ends bow apart. */
  bow: number;
}
export interface MapStep {
  id: string;
  title: string;
  date: string;
  /** Places the step highlights: its own list plus both ends of its links. */
  places: string[];
  links: string[];
  bbox: BBox;
  camera?: Camera;
}
export interface StoryMapData {
  lang: Lang;
  places: MapPlace[];
  links: MapLink[];
  steps: MapStep[];
}

export function toStoryMapData(story: Story, lang: Lang): StoryMapData {
  const placeById = new Map(story.places.map((p) => [p.id, p]));
  // Links between the same two places in the same direction would share one arc: bow each further.
  const parallel = new Map<string, number>();
  const links: MapLink[] = story.links.map((l) => {
    const key = `${l.from}>${l.to}`;
    const rank = parallel.get(key) ?? 0;
    parallel.set(key, rank + 1);
    return {
      id: l.id,
      kind: l.kind,
      from: l.from,
      to: l.to,
      label: l.label[lang],
      date: l.date,
      bow: 0.18 + 0.14 * rank,
    };
  });
  const places: MapPlace[] = story.places.map((p) => ({ id: p.id, name: p.name[lang], kind: p.kind, lngLat: p.lngLat }));
  const arcs = linkArcs({ places, links });
  const linkById = new Map(links.map((l) => [l.id, l]));
  const steps: MapStep[] = story.chapters[lang].map((c) => {
    const stepLinks = c.links.map((id) => linkById.get(id)!);
    const places = unique([...c.places, ...stepLinks.flatMap((l) => [l.from, l.to])]);
    const features: Feature<Geometry>[] = [
      ...places.map((id) => turf.point(placeById.get(id)!.lngLat)),
      ...stepLinks.map((l) => turf.lineString(arcs.get(l.id)!)),
    ];
    return {
      id: c.id,
      title: c.title,
      date: c.date,
      places,
      links: c.links,
      bbox: bboxOf(features),
      ...(c.camera ? { camera: c.camera } : {}),
    };
  });
  return {
    lang,
    places,
    links,
    steps,
  };
}

const unique = <T,>(items: T[]) => [...new Set(items)];
