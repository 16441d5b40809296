/**
 * A chapter's map as an image: the SVG file the build draws from the same content and camera as
 * the live map (geo/static-map-files.ts). It stands in for the live map with JavaScript off,
 * without WebGL and in print; globals.css hides it while the live map can run.
 *
 * An <img>, not inline SVG: the page then carries neither the drawing nor React's copy of it, and
 * `loading="lazy"` means a hidden figure costs nothing. Its size is reserved from the drawing's
 * viewBox, so nothing moves when it arrives. A server component: no hooks, no browser APIs.
 */
import type { Lang, LinkKind } from '@/geo/schema';
import type { StoryMapData } from '@/geo/story-view';
import { staticMapFileSize } from '@/geo/static-map-files';
import { staticMapUrl } from '@/geo/static-map-url';

export interface StaticMapProps {
  data: StoryMapData;
  /** The step's position in `data.steps`. */
  index: number;
  lang: Lang;
  /** The image's text alternative, e.g. "Story map: <chapter title>". */
  title: string;
  /** Words for the key under the map, per link kind (UI_STRINGS[lang].linkKinds); the file draws the same key. */
  legend: Partial<Record<LinkKind, string>>;
}

export function StaticMap({ data, index, lang, title, legend }: StaticMapProps) {
  if (data.lang !== lang) throw new Error(`StaticMap: the map data is in "${data.lang}" but the page is in "${lang}"`);
  const step = data.steps[index];
  if (!step) throw new RangeError(`StaticMap: no step ${index} (the story has ${data.steps.length})`);
  const { width, height } = staticMapFileSize(data, index, 'figure', legend);
  return (
    <figure className="static-map" data-step={step.id}>
      <img src={staticMapUrl(lang, 'figure', step.id)} alt={title} width={width} height={height} loading="lazy" decoding="async" />
    </figure>
  );
}
