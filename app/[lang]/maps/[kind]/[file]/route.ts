/**
 * The static maps as SVG files (geo/static-map-files.ts): /ar/maps/figure/overview.svg and so on.
 * The static export writes one file per language, framing and step; the preview server renders
 * them on request from the current content.
 */
import { checkContent } from '@/geo/load-content';
import { loadBuiltBasemap } from '@/geo/load-basemap';
import { LANGS, type Lang } from '@/geo/schema';
import { toStoryMapData } from '@/geo/story-view';
import { staticMapFile } from '@/geo/static-map-files';
import { STATIC_MAP_KINDS, type StaticMapKind } from '@/geo/static-map-url';
import { UI_STRINGS } from '@/components/story/strings';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  const { story } = checkContent();
  if (!story) return [];
  return LANGS.flatMap((lang) =>
    STATIC_MAP_KINDS.flatMap((kind) => story.chapters[lang].map((chapter) => ({ lang, kind, file: `${chapter.id}.svg` }))),
  );
}

export async function GET(_request: Request, { params }: { params: Promise<{ lang: string; kind: string; file: string }> }) {
  const { lang, kind, file } = await params;
  const { story } = checkContent();
  const data = story && (LANGS as readonly string[]).includes(lang) ? toStoryMapData(story, lang as Lang) : null;
  const index = data?.steps.findIndex((s) => `${s.id}.svg` === file) ?? -1;
  if (!data || index < 0 || !(STATIC_MAP_KINDS as readonly string[]).includes(kind)) return new Response('Not found', { status: 404 });
  const t = UI_STRINGS[lang as Lang];
  const svg = staticMapFile(data, index, loadBuiltBasemap(), {
    kind: kind as StaticMapKind,
    title: `${t.mapLabel}: ${data.steps[index]!.title}`,
    legend: t.linkKinds,
  });
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
}
