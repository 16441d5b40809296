/**
 * The story's fixed vocabularies, without zod: browser code imports them from here so that the
 * schema library stays out of the page's JavaScript (geo/schema.ts re-exports them).
 */
export const LANGS = ['ar', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const PLACE_KINDS = ['city', 'venue'] as const;
export const LINK_KINDS = ['cybersecurity', 'event-security', 'diplomacy'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type LinkKind = (typeof LINK_KINDS)[number];
