/**
 * JSON Schemas for the editors' files, generated from the zod schemas in ./schema.ts so that
 * there is still one source of truth. They exist for the editor's editor: VS Code (through
 * .vscode/settings.json) underlines mistakes as they are typed, shows what each field means on
 * hover and offers templates for a new place, link or source. They are a convenience only:
 * `npm run check-content` (and the build) remain the authority, and check what no JSON Schema
 * can express (ids that refer to other files, a link's line ending on its places, both
 * languages telling the same facts).
 *
 * `npm run schemas` (geo/cli/write-json-schemas.ts) writes them to schemas/; a unit test fails
 * when the committed files no longer match what this module generates.
 */
import { z } from 'zod';
import {
  LANGS,
  LINK_KINDS,
  PLACE_KINDS,
  chapterFrontMatterSchema,
  idSchema,
  isoDateSchema,
  linksFileSchema,
  placesFileSchema,
  sourcesFileSchema,
  type LinkKind,
  type PlaceKind,
} from './schema';

/** The subset of JSON Schema (plus VS Code's extensions) this module reads and writes. */
export interface JsonSchema {
  [keyword: string]: unknown;
  type?: string;
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema | JsonSchema[];
  pattern?: string;
  enum?: string[];
  const?: unknown;
}

export const SCHEMA_FILES = {
  places: 'places.schema.json',
  links: 'links.schema.json',
  sources: 'sources.schema.json',
  chapter: 'chapter.schema.json',
} as const;

/**
 * What each kind looks like on the map, for hover text (and the editors' README says the same).
 * Keyed by kind so that adding a kind to schema.ts fails to type-check until it is described here;
 * the unit test checks the line patterns against geo/palette.ts.
 */
export const PLACE_KIND_LOOK: Record<PlaceKind, string> = {
  city: 'a city or town; drawn as a dot with its name',
  venue: 'a single site inside a city (a stadium, an exhibition centre); drawn as a dot with its name',
};
export const LINK_KIND_LOOK: Record<LinkKind, { legend: string; line: 'solid' | 'dashed' | 'dotted'; colour: string }> = {
  cybersecurity: { legend: 'Cybersecurity', line: 'solid', colour: 'crimson' },
  'event-security': { legend: 'Event security and policing', line: 'dashed', colour: 'blue' },
  diplomacy: { legend: 'Agreements and talks', line: 'dotted', colour: 'brown' },
};

/**
 * zod's refinements (a date that exists, a text that is not blank) are code, which JSON Schema
 * cannot carry: z.toJSONSchema drops them. These patterns put the same rule back in a form VS Code
 * can check while typing. They are at most as strict as zod (the date pattern lets 2022-02-30
 * through; the check catches it), so a file the check accepts is never underlined.
 */
export const ISO_DATE_PATTERN = '^\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?$';
/** At least one non-space character: the same rule as zod's `trim().length > 0` (JS `\S` and `trim` agree). */
export const NON_BLANK_PATTERN = '\\S';

// VS Code shows `patternErrorMessage` instead of its generic "String does not match the pattern
// of …", which would mean nothing to an editor. Same wording as the check's messages.
const ID_MESSAGE = 'must be lowercase letters, digits and single dashes (e.g. "lusail-stadium")';
const DATE_MESSAGE = 'must be an ISO 8601 date such as "2022-05-24", "2022-05" or "2022"';
const TEXT_MESSAGE = 'must not be empty';

const CHECK_HINT = 'Run `npm run check-content` for the full check (ids, links between files, both languages).';

function generate(schema: z.ZodType): JsonSchema {
  const generated = z.toJSONSchema(schema, {
    // Draft 7 is the newest draft VS Code's JSON language service fully supports.
    target: 'draft-7',
    // The files are what editors write, i.e. zod's *input*: fields with a default (a chapter's
    // `links`, the camera's `bearing` and `pitch`) are optional there, not required.
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      // Matched by identity: idSchema and isoDateSchema are each one shared instance.
      if (zodSchema === idSchema) jsonSchema.patternErrorMessage = ID_MESSAGE;
      if (zodSchema === isoDateSchema) {
        jsonSchema.pattern = ISO_DATE_PATTERN;
        jsonSchema.patternErrorMessage = DATE_MESSAGE;
      }
    },
  });
  // A deep copy: annotations below are added per path and must never reach a shared object.
  const copy = JSON.parse(JSON.stringify(generated)) as JsonSchema;
  requireNonBlankText(copy);
  return copy;
}

/**
 * Every string in schema.ts is an id, a date or a non-empty text. Ids and dates have a pattern
 * by now, consts and enums are fixed values: any other string is a text that must not be blank.
 */
function requireNonBlankText(node: JsonSchema): void {
  if (node.type === 'string' && node.pattern === undefined && node.enum === undefined && node.const === undefined) {
    node.pattern = NON_BLANK_PATTERN;
    node.patternErrorMessage = TEXT_MESSAGE;
  }
  for (const child of Object.values(node.properties ?? {})) requireNonBlankText(child);
  const items = node.items === undefined ? [] : Array.isArray(node.items) ? node.items : [node.items];
  for (const child of items) requireNonBlankText(child);
}

/**
 * The schema node at a path of property names, `[]` stepping into an array's items. Throws on a
 * path that does not exist, so renaming a field in schema.ts cannot silently drop its hover text.
 */
export function nodeAt(root: JsonSchema, path: string): JsonSchema {
  let node = root;
  for (const step of path.split('.').filter(Boolean)) {
    const next = step === '[]' ? node.items : node.properties?.[step];
    if (next === undefined || Array.isArray(next)) throw new Error(`JSON Schema has no "${path}" (at "${step}")`);
    node = next;
  }
  return node;
}

function describe(root: JsonSchema, descriptions: Record<string, string>): void {
  for (const [path, description] of Object.entries(descriptions)) nodeAt(root, path).description = description;
}

/** The top-level keywords first, so that a reader of the .json file sees what it is for. */
function withHeader(schema: JsonSchema, title: string, description: string): JsonSchema {
  const { $schema, ...rest } = schema;
  return { $schema, title, description, ...rest };
}

const COORDINATES = '[longitude, latitude]: LONGITUDE FIRST. Rabat is [-6.85, 34.02], not [34.02, -6.85].';
const ID_RULE = 'lowercase letters, digits and single dashes, e.g. "lusail-stadium"';
const lookOfPlace = (kind: PlaceKind) => PLACE_KIND_LOOK[kind];
const lookOfLink = (kind: LinkKind) => {
  const look = LINK_KIND_LOOK[kind];
  return `${look.legend}: a ${look.colour} ${look.line} line`;
};

/**
 * VS Code's `defaultSnippets`: Ctrl+Space inside `features` (or the sources list) offers a
 * template with every required field. A value starting with `^` is inserted as is (a number,
 * not a text); the placeholders for coordinates spell out the order.
 */
/** A snippet placeholder offering a choice of values, at tab stop `n`. */
const choice = (n: number, values: readonly string[]) => `\${${n}|${values.join(',')}|}`;
const placeSnippet = {
  label: 'New place',
  description: 'A place (Point) with every required field',
  body: {
    type: 'Feature',
    id: '${1:new-place-id}',
    geometry: { type: 'Point', coordinates: ['^${2:longitude}', '^${3:latitude}'] },
    properties: { name_ar: '$4', name_en: '$5', kind: choice(6, PLACE_KINDS) },
  },
};
const linkSnippet = {
  label: 'New link',
  description: 'A link (LineString) from one place to another, with every required field',
  body: {
    type: 'Feature',
    id: '${1:from-to-what}',
    geometry: {
      type: 'LineString',
      coordinates: [
        ['^${2:from-longitude}', '^${3:from-latitude}'],
        ['^${4:to-longitude}', '^${5:to-latitude}'],
      ],
    },
    properties: {
      from: '${6:from-place-id}',
      to: '${7:to-place-id}',
      kind: choice(8, LINK_KINDS),
      date: '${9:2022-05-24}',
      label_ar: '$10',
      label_en: '$11',
      sources: ['${12:source-id}'],
    },
  },
};
const sourceSnippet = {
  label: 'New source',
  description: 'An article, with every required field',
  body: {
    id: '${1:outlet-subject}',
    outlet_ar: '$2',
    outlet_en: '$3',
    headline: '$4',
    headline_en: '$5',
    language: choice(6, LANGS),
  },
};

export function placesJsonSchema(): JsonSchema {
  const schema = generate(placesFileSchema);
  describe(schema, {
    type: 'Always "FeatureCollection".',
    features: 'The places, one GeoJSON Feature each. Order does not matter.',
    'features.[]': 'A place: a GeoJSON Point Feature.',
    'features.[].type': 'Always "Feature".',
    'features.[].id': `The place's id (${ID_RULE}). Links and chapters name the place by this id; it never appears on the page.`,
    'features.[].geometry': 'Where the place is: { "type": "Point", "coordinates": [longitude, latitude] }.',
    'features.[].geometry.type': 'Always "Point" for a place.',
    'features.[].geometry.coordinates': COORDINATES,
    'features.[].properties': 'What the reader sees: the name in each language, and the kind of place.',
    'features.[].properties.name_ar': 'The name in Arabic, as shown on the Arabic map.',
    'features.[].properties.name_en': 'The name in English, as shown on the English map.',
    'features.[].properties.kind': `The kind of place: ${PLACE_KINDS.map((k) => `"${k}" (${lookOfPlace(k)})`).join(', ')}.`,
  });
  nodeAt(schema, 'features.[].properties.kind').enumDescriptions = PLACE_KINDS.map(lookOfPlace);
  nodeAt(schema, 'features.[]').defaultSnippets = [placeSnippet];
  return withHeader(
    schema,
    'The story\'s places (content/places.geojson)',
    `A GeoJSON FeatureCollection: every place the map can show, as a Point with its Arabic and English names. See content/README.md. ${CHECK_HINT}`,
  );
}

export function linksJsonSchema(): JsonSchema {
  const schema = generate(linksFileSchema);
  describe(schema, {
    type: 'Always "FeatureCollection".',
    features: 'The links, one GeoJSON Feature each. Order does not matter.',
    'features.[]': 'A link between two places: a GeoJSON LineString Feature. The site draws it as an arc with an arrow.',
    'features.[].type': 'Always "Feature".',
    'features.[].id': `The link's id (${ID_RULE}). Chapters name the link by this id.`,
    'features.[].geometry': 'The line: { "type": "LineString", "coordinates": [[from longitude, from latitude], [to longitude, to latitude]] }.',
    'features.[].geometry.type': 'Always "LineString" for a link.',
    'features.[].geometry.coordinates':
      'Exactly two positions: the "from" place\'s coordinates, then the "to" place\'s, copied from places.geojson. Each is [longitude, latitude]: longitude first.',
    'features.[].properties': 'What the link means: which places, what kind, when, and who reported it.',
    'features.[].properties.from': 'The id of the place the link starts from (in places.geojson). The arrow points away from it.',
    'features.[].properties.to': 'The id of the place the link goes to (in places.geojson). The arrow points at it.',
    'features.[].properties.kind': `What kind of link, which sets its colour and line: ${LINK_KINDS.map((k) => `"${k}" (${lookOfLink(k)})`).join('; ')}.`,
    'features.[].properties.date': 'When it happened: "2022-05-24", or "2022-05" or "2022" when the sources give no more.',
    'features.[].properties.label_ar': 'A short description in Arabic, shown in the list of links and read out by screen readers.',
    'features.[].properties.label_en': 'A short description in English, shown in the list of links and read out by screen readers.',
    'features.[].properties.sources': 'The ids of the articles (in sources.json) that report this link: at least one.',
  });
  nodeAt(schema, 'features.[].properties.kind').enumDescriptions = LINK_KINDS.map(lookOfLink);
  nodeAt(schema, 'features.[]').defaultSnippets = [linkSnippet];
  return withHeader(
    schema,
    'The story\'s links (content/links.geojson)',
    `A GeoJSON FeatureCollection: every link the map can draw, as a line from its "from" place to its "to" place. See content/README.md. ${CHECK_HINT}`,
  );
}

export function sourcesJsonSchema(): JsonSchema {
  const schema = generate(sourcesFileSchema);
  describe(schema, {
    '[]': 'An article the story cites.',
    '[].id': `The source's id (${ID_RULE}). Links and chapters cite the article by this id.`,
    '[].seed': 'Optional: the file name of the article in the research archive.',
    '[].outlet_ar': 'Who published it, in Arabic (e.g. «ماروك إيبدو»). Say who is cited: "… نقلاً عن …".',
    '[].outlet_en': 'Who published it, in English (e.g. "Maroc Hebdo"). Say who is cited: "Blogger site, citing Al-Khaleej Online".',
    '[].headline': 'The headline exactly as published, in the article\'s own language.',
    '[].headline_en': 'An English translation of the headline.',
    '[].date': 'Optional: the publication date, "2022-05-24" (or "2022-05", "2022"). Leave it out when the article does not give one.',
    '[].language': 'The language the article is written in: "ar" or "en".',
  });
  nodeAt(schema, '[]').defaultSnippets = [sourceSnippet];
  return withHeader(
    schema,
    'The story\'s sources (content/sources.json)',
    `A list of the articles the story cites. Every link and every chapter names at least one of them by id. See content/README.md. ${CHECK_HINT}`,
  );
}

export function chapterJsonSchema(): JsonSchema {
  const schema = generate(chapterFrontMatterSchema);
  describe(schema, {
    id: `The chapter's id (${ID_RULE}): the same in both languages; it is the step's address in the page URL (#id).`,
    title: 'The chapter title in this file\'s language.',
    date: 'When the chapter\'s events happened: "2022-05-24", "2022-05" or "2022". Chapters are told in date order.',
    places: 'The ids of the places (in places.geojson) this chapter shows on the map: at least one. The map zooms to fit them.',
    links: 'The ids of the links (in links.geojson) this chapter draws. Optional: leave it out, or [], for none.',
    sources: 'The ids of the articles (in sources.json) this chapter relies on: at least one.',
    camera: 'Optional: a fixed map view for this chapter instead of fitting its places. Same in both languages.',
    'camera.center': `The centre of the view, ${COORDINATES}`,
    'camera.zoom': 'Zoom level from 0 (whole world) to 22; about 4 shows the Gulf, 10 a city.',
    'camera.bearing': 'Optional rotation in degrees (0 = north up, the default).',
    'camera.pitch': 'Optional tilt in degrees, 0 (flat, the default) to 85.',
  });
  return withHeader(
    schema,
    'A chapter\'s front matter (content/story/ar|en/*.md)',
    'The YAML between the two "---" lines at the top of a chapter file. Both language versions of a chapter have the same file name and the same id, date, places, links, sources and camera. VS Code does not check front matter against this schema: `npm run check-content` does.',
  );
}

/** Every schema, keyed by its file name in schemas/. */
export function toJsonSchemas(): Record<string, object> {
  return {
    [SCHEMA_FILES.places]: placesJsonSchema(),
    [SCHEMA_FILES.links]: linksJsonSchema(),
    [SCHEMA_FILES.sources]: sourcesJsonSchema(),
    [SCHEMA_FILES.chapter]: chapterJsonSchema(),
  };
}
