/**
 * Where the static map files are served (app/[lang]/maps/[kind]/[file]/route.ts). Separate from
 * geo/static-map-files.ts so browser code can link a file without bundling the drawing code.
 *
 *   figure   the chapter's map with its key: with JavaScript off, without WebGL, in print
 *   preview-wide, preview-narrow  the map column's picture until the live map is ready, drawn
 *            near the size it is shown at on wide screens and on phones
 */
import type { Lang } from './kinds';

export const STATIC_MAP_KINDS = ['figure', 'preview-wide', 'preview-narrow'] as const;
export type StaticMapKind = (typeof STATIC_MAP_KINDS)[number];

export function staticMapUrl(lang: Lang, kind: StaticMapKind, stepId: string): string {
  return `/${lang}/maps/${kind}/${stepId}.svg`;
}
