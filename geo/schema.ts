/**
 * The one schema for the story's content. The build, the tests and the editors' check all
 * validate through these zod schemas, and the content types are inferred from them.
 */
import { z } from 'zod';

import { LANGS, LINK_KINDS, PLACE_KINDS, type Lang, type LinkKind, type PlaceKind } from './kinds';

export { LANGS, LINK_KINDS, PLACE_KINDS };
export type { Lang, LinkKind, PlaceKind };

export const idSchema = z
  .string({ error: 'must be a text id' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be lowercase letters, digits and single dashes (e.g. "lusail-stadium")',
  });

const nonEmptyText = z
  .string({ error: 'must be a text' })
  .refine((s) => s.trim().length > 0, { error: 'must not be empty' });

/** ISO 8601 calendar date at year, month or day precision: 2022, 2022-05 or 2022-05-24. */
export const isoDateSchema = z
  .string({ error: 'must be an ISO 8601 date text such as "2022-05-24", "2022-05" or "2022"' })
  .refine(isValidIsoDate, {
    error: 'must be an ISO 8601 date such as "2022-05-24", "2022-05" or "2022"',
  });

export function isValidIsoDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const year = Number(y);
  if (m === undefined) return true;
  const month = Number(m);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  // Date.UTC rolls 2022-02-30 over to March: a round trip catches impossible days.
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const longitude = z
  .number({ error: 'longitude must be a number' })
  .min(-180, { error: 'longitude must be between -180 and 180' })
  .max(180, { error: 'longitude must be between -180 and 180' });
const LATITUDE_RANGE = 'latitude must be between -90 and 90 (GeoJSON puts longitude first: [longitude, latitude])';
const latitude = z
  .number({ error: 'latitude must be a number' })
  .min(-90, { error: LATITUDE_RANGE })
  .max(90, { error: LATITUDE_RANGE });

/** GeoJSON order: longitude first, then latitude. */
export const lngLatSchema = z.tuple([longitude, latitude], {
  error: 'must be [longitude, latitude]',
});
export type LngLat = z.infer<typeof lngLatSchema>;

export const placeFeatureSchema = z.strictObject({
  type: z.literal('Feature', { error: 'must be "Feature"' }),
  id: idSchema,
  geometry: z.strictObject({
    type: z.literal('Point', { error: 'a place must be a "Point"' }),
    coordinates: lngLatSchema,
  }),
  properties: z.strictObject({
    name_ar: nonEmptyText,
    name_en: nonEmptyText,
    kind: z.enum(PLACE_KINDS, { error: `must be one of: ${PLACE_KINDS.join(', ')}` }),
  }),
});

export const linkFeatureSchema = z.strictObject({
  type: z.literal('Feature', { error: 'must be "Feature"' }),
  id: idSchema,
  geometry: z.strictObject({
    type: z.literal('LineString', { error: 'a link must be a "LineString"' }),
    coordinates: z.array(lngLatSchema).length(2, {
      error: 'must hold exactly two positions: the "from" place and the "to" place',
    }),
  }),
  properties: z.strictObject({
    from: idSchema,
    to: idSchema,
    kind: z.enum(LINK_KINDS, { error: `must be one of: ${LINK_KINDS.join(', ')}` }),
    date: isoDateSchema,
    label_ar: nonEmptyText,
    label_en: nonEmptyText,
    sources: z.array(idSchema).min(1, { error: 'must list at least one source id' }),
  }),
});

function featureCollectionOf<T extends z.ZodType>(feature: T) {
  return z.strictObject({
    type: z.literal('FeatureCollection', { error: 'the file must be a GeoJSON "FeatureCollection"' }),
    features: z.array(feature),
  });
}

export const placesFileSchema = featureCollectionOf(placeFeatureSchema);
export const linksFileSchema = featureCollectionOf(linkFeatureSchema);

export const sourceSchema = z.strictObject({
  id: idSchema,
  seed: nonEmptyText.optional(),
  outlet_ar: nonEmptyText,
  outlet_en: nonEmptyText,
  headline: nonEmptyText,
  headline_en: nonEmptyText,
  date: isoDateSchema.optional(),
  language: z.enum(LANGS, { error: `must be one of: ${LANGS.join(', ')}` }),
});
export const sourcesFileSchema = z.array(sourceSchema);

export const cameraSchema = z.strictObject({
  center: lngLatSchema,
  zoom: z.number().min(0).max(22),
  bearing: z.number().min(-360).max(360).default(0),
  pitch: z.number().min(0).max(85).default(0),
});
export type Camera = z.infer<typeof cameraSchema>;

export const chapterFrontMatterSchema = z.strictObject({
  id: idSchema,
  title: nonEmptyText,
  date: isoDateSchema,
  places: z.array(idSchema).min(1, { error: 'must list at least one place id' }),
  links: z.array(idSchema).default([]),
  sources: z.array(idSchema).min(1, { error: 'must list at least one source id' }),
  camera: cameraSchema.optional(),
});

export type PlaceFeature = z.infer<typeof placeFeatureSchema>;
export type LinkFeature = z.infer<typeof linkFeatureSchema>;
export type SourceEntry = z.infer<typeof sourceSchema>;
export type ChapterFrontMatter = z.infer<typeof chapterFrontMatterSchema>;

/** What components see: content reshaped into plain, language-keyed objects. */
export type Localized = Record<Lang, string>;
export interface Place {
  id: string;
  name: Localized;
  kind: PlaceKind;
  lngLat: LngLat;
}
export interface Link {
  id: string;
  from: string;
  to: string;
  kind: LinkKind;
  date: string;
  label: Localized;
  sources: string[];
}
export interface Source {
  id: string;
  outlet: Localized;
  headline: string;
  headlineEn: string;
  date?: string;
  language: Lang;
}
export interface Chapter {
  id: string;
  file: string;
  title: string;
  date: string;
  places: string[];
  links: string[];
  sources: string[];
  camera?: Camera;
  /** The body as Markdown; rendered to sanitized HTML by geo/markdown.ts. */
  body: string;
}
export interface Story {
  places: Place[];
  links: Link[];
  sources: Source[];
  chapters: Record<Lang, Chapter[]>;
}
