/**
 * Where the static map files are served (app/[lang]/maps/[kind]/[file]/route.ts). Separate from
 * geo/static-map-files.ts so browser code can link a file without bundling the drawing code.
 *
 *   figure   the chapter's map with its key: with JavaScript off, without WebGL, in print
 *   preview  the map column's picture until the live map is ready
 */
import type { Lang } from './kinds';

export const STATIC_MAP_KINDS = ['figure', 'preview'] as const;
export type StaticMapKind = (typeof STATIC_MAP_KINDS)[number];

export function staticMapUrl(lang: Lang, kind: StaticMapKind, stepId: string): string {
  return `/${lang}/maps/${kind}/${stepId}.svg`;
}
