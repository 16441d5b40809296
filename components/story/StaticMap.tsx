/**
 * A chapter's map as an inline SVG, drawn at build time from the same content and camera as the
 * live map (geo/static-map.ts). It stands in for the live map with JavaScript off, without WebGL
 * and in print; globals.css hides it while the live map is loading or running.
 *
 * A server component: no hooks, no browser APIs. Geometry is not mirrored in Arabic (the svg is
 * dir="ltr"); Arabic names carry direction="rtl" so they anchor from their right edge. Text has no
 * font-family of its own and so inherits the page's (Noto Sans / Noto Naskh Arabic).
 */
import { loadBuiltBasemap } from '@/geo/load-basemap';
import { createElement, type ReactNode } from 'react';
import type { Basemap } from '@/geo/basemap';
import type { Lang, LinkKind } from '@/geo/schema';
import type { StoryMapData } from '@/geo/story-view';
import { toStaticMap, toSvgNodes, type SvgNode } from '@/geo/static-map';

export interface StaticMapProps {
  data: StoryMapData;
  /** The step's position in `data.steps`. */
  index: number;
  basemap: Pick<Basemap, 'features'>;
  lang: Lang;
  /** The accessible name of the image (its <title>), e.g. "Story map: <chapter title>". */
  title: string;
  /** Words for the key under the map, per link kind (UI_STRINGS[lang].linkKinds); no key without them. */
  legend?: Partial<Record<LinkKind, string>>;
}

export function StaticMap({ data, index, basemap, lang, title, legend }: StaticMapProps) {
  if (data.lang !== lang) throw new Error(`StaticMap: the map data is in "${data.lang}" but the page is in "${lang}"`);
  const drawing = toStaticMap(data, index, basemap, { legend });
  const id = `static-map-${drawing.stepId}`;
  return (
    <figure className="static-map" data-step={drawing.stepId}>
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        viewBox={`0 0 ${drawing.width} ${drawing.height}`}
        width="100%"
        // Geometry is never mirrored. `direction` is what SVG text follows (dir is for HTML elements;
        // it is kept for readers of the markup): without it, the Arabic page's rtl would flip the
        // start/end anchors computed for any name that is not Arabic.
        direction="ltr"
        {...LTR}
      >
        <title id={`${id}-title`}>{title}</title>
        {toSvgNodes(drawing, { idPrefix: id }).map((node, i) => toReact(node, i))}
      </svg>
    </figure>
  );
}

const LTR = { dir: 'ltr' } as Record<string, string>;

/** SVG attribute names (`stroke-width`) as React props (`strokeWidth`); data-* and aria-* stay as they are. */
function toReactProp(name: string): string {
  if (name.startsWith('data-') || name.startsWith('aria-')) return name;
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

function toReact(node: SvgNode | string, key: number): ReactNode {
  if (typeof node === 'string') return node;
  const props: Record<string, string | number> = { key };
  for (const [name, value] of Object.entries(node.attrs)) {
    if (value !== undefined) props[toReactProp(name)] = value;
  }
  const children = node.children?.map((child, i) => toReact(child, i));
  return createElement(node.tag, props, ...(children ?? []));
}

/** The basemap for <StaticMap>: the one the build generated (see geo/load-basemap.ts). */
export const loadStaticMapBasemap = loadBuiltBasemap;
