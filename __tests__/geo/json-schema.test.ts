/** @jest-environment node */
/**
 * The JSON Schemas VS Code uses for the content files: the committed copies in schemas/ must
 * match what geo/json-schema.ts generates from geo/schema.ts, they must say what the zod
 * schema says (unknown keys, kinds, required fields), and they must never underline a file the
 * content check accepts. There is no JSON Schema validator among the dependencies, so a small
 * one below covers exactly the keywords the schemas use, and refuses any other.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  LINK_KIND_LOOK,
  SCHEMA_FILES,
  nodeAt,
  toJsonSchemas,
  type JsonSchema,
} from '../../geo/json-schema';
import { toSchemaFileText } from '../../geo/cli/write-json-schemas';
import {
  LINK_KINDS,
  PLACE_KINDS,
  chapterFrontMatterSchema,
  linkFeatureSchema,
  linksFileSchema,
  placeFeatureSchema,
  placesFileSchema,
  sourceSchema,
  sourcesFileSchema,
} from '../../geo/schema';
import { LINK_STYLES } from '../../geo/palette';
import { splitFrontMatter } from '../../geo/front-matter';

const ROOT = path.resolve(__dirname, '../..');
const SCHEMA_DIR = path.join(ROOT, 'schemas');
const schemas = toJsonSchemas() as Record<string, JsonSchema>;
const places = schemas[SCHEMA_FILES.places]!;
const links = schemas[SCHEMA_FILES.links]!;
const sources = schemas[SCHEMA_FILES.sources]!;
const chapter = schemas[SCHEMA_FILES.chapter]!;

const readJson = (relative: string): unknown => JSON.parse(readFileSync(path.join(ROOT, relative), 'utf8'));
const clone = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

// ---------------------------------------------------------------------------------------------
// A minimal draft-7 validator for the keywords the generated schemas contain. Unknown keywords
// throw, so a new keyword from zod can never be silently ignored by these tests.
const ANNOTATIONS = new Set(['$schema', 'title', 'description', 'default', 'patternErrorMessage', 'enumDescriptions', 'defaultSnippets']);
const ASSERTIONS = new Set([
  'type', 'properties', 'required', 'additionalProperties', 'items', 'additionalItems',
  'minItems', 'maxItems', 'enum', 'const', 'pattern', 'minimum', 'maximum',
]);

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value === 'number' ? 'number' : typeof value;
}

function validate(schema: JsonSchema, value: unknown, at = '$'): string[] {
  for (const keyword of Object.keys(schema)) {
    if (!ANNOTATIONS.has(keyword) && !ASSERTIONS.has(keyword)) throw new Error(`unsupported keyword "${keyword}" at ${at}`);
  }
  const errors: string[] = [];
  if (schema.type !== undefined && typeOf(value) !== schema.type) return [`${at}: expected ${schema.type}, got ${typeOf(value)}`];
  if (schema.const !== undefined && value !== schema.const) errors.push(`${at}: expected ${JSON.stringify(schema.const)}`);
  if (schema.enum !== undefined && !schema.enum.includes(value as string)) errors.push(`${at}: not one of ${schema.enum.join(', ')}`);
  if (typeof value === 'string' && schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) {
    errors.push(`${at}: does not match ${schema.pattern}`);
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${at}: below ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push(`${at}: above ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) errors.push(`${at}: fewer than ${schema.minItems} items`);
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) errors.push(`${at}: more than ${schema.maxItems} items`);
    const { items } = schema;
    if (Array.isArray(items)) {
      items.forEach((item, i) => {
        if (i < value.length) errors.push(...validate(item, value[i], `${at}[${i}]`));
      });
      if (schema.additionalItems === false && value.length > items.length) errors.push(`${at}: more than ${items.length} items`);
    } else if (items) {
      value.forEach((v, i) => errors.push(...validate(items, v, `${at}[${i}]`)));
    }
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in object)) errors.push(`${at}: missing "${key}"`);
    for (const [key, v] of Object.entries(object)) {
      const property = schema.properties?.[key];
      if (property) errors.push(...validate(property, v, `${at}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${at}: unknown property "${key}"`);
    }
  }
  return errors;
}

/** Every schema node, with its path, for rules that hold everywhere. */
function* walk(node: JsonSchema, at = '$'): Generator<[string, JsonSchema]> {
  yield [at, node];
  for (const [key, child] of Object.entries(node.properties ?? {})) yield* walk(child, `${at}.${key}`);
  const items = node.items === undefined ? [] : Array.isArray(node.items) ? node.items : [node.items];
  for (const [i, child] of items.entries()) yield* walk(child, `${at}.items${Array.isArray(node.items) ? `[${i}]` : ''}`);
}

// ---------------------------------------------------------------------------------------------

describe('the committed JSON Schemas', () => {
  test('the committed JSON Schemas are up to date', () => {
    const committed = readdirSync(SCHEMA_DIR).filter((name) => name.endsWith('.json')).sort();
    const stale = Object.entries(schemas)
      .filter(([name, schema]) => !committed.includes(name) || readFileSync(path.join(SCHEMA_DIR, name), 'utf8') !== toSchemaFileText(schema))
      .map(([name]) => name);
    const extra = committed.filter((name) => !(name in schemas));
    if (stale.length || extra.length) {
      throw new Error(
        [
          stale.length ? `schemas/ is out of date with geo/schema.ts: ${stale.join(', ')}.` : '',
          extra.length ? `schemas/ holds files no schema generates: ${extra.join(', ')} (delete them).` : '',
          'Run `npm run schemas` (npx tsx geo/cli/write-json-schemas.ts) and commit the result.',
        ].filter(Boolean).join('\n'),
      );
    }
  });

  test('.vscode/settings.json points each content file at its schema and opens .geojson as JSON', () => {
    const settings = readJson('.vscode/settings.json') as {
      'files.associations': Record<string, string>;
      'json.schemas': { fileMatch: string[]; url: string }[];
    };
    expect(settings['files.associations']['*.geojson']).toBe('json');
    const byFile = Object.fromEntries(settings['json.schemas'].flatMap((s) => s.fileMatch.map((f) => [f, s.url])));
    expect(byFile).toEqual({
      '/content/places.geojson': `./schemas/${SCHEMA_FILES.places}`,
      '/content/links.geojson': `./schemas/${SCHEMA_FILES.links}`,
      '/content/sources.json': `./schemas/${SCHEMA_FILES.sources}`,
    });
  });
});

describe('the schemas say what geo/schema.ts says', () => {
  test.each(Object.keys(SCHEMA_FILES))('%s: draft 7, with a title and a description for VS Code', (key) => {
    const schema = schemas[SCHEMA_FILES[key as keyof typeof SCHEMA_FILES]]!;
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.title).toEqual(expect.any(String));
    expect(schema.description).toEqual(expect.any(String));
  });

  test('every object forbids unknown keys, as the strict zod objects do', () => {
    for (const schema of Object.values(schemas)) {
      for (const [at, node] of walk(schema)) {
        if (node.type === 'object') expect([at, node.additionalProperties]).toEqual([at, false]);
      }
    }
    // The ones an editor is most likely to get wrong, by name.
    expect(nodeAt(places, 'features.[].properties').additionalProperties).toBe(false);
    expect(nodeAt(links, 'features.[].properties').additionalProperties).toBe(false);
    expect(nodeAt(places, 'features.[]').additionalProperties).toBe(false);
  });

  test('required keys match the zod shapes', () => {
    const keys = (shape: object) => Object.keys(shape).sort();
    expect(nodeAt(places, 'features.[].properties').required!.sort()).toEqual(keys(placeFeatureSchema.shape.properties.shape));
    expect(nodeAt(links, 'features.[].properties').required!.sort()).toEqual(keys(linkFeatureSchema.shape.properties.shape));
    expect(nodeAt(places, 'features.[]').required!.sort()).toEqual(['geometry', 'id', 'properties', 'type']);
    expect(nodeAt(sources, '[]').required!.sort()).toEqual(keys(sourceSchema.shape).filter((k) => k !== 'seed' && k !== 'date'));
    // Fields with a default are optional in the files (the schemas describe zod's input).
    expect(chapter.required!.sort()).toEqual(['date', 'id', 'places', 'sources', 'title']);
    expect(nodeAt(chapter, 'camera').required!.sort()).toEqual(['center', 'zoom']);
  });

  test('kind enums are the kinds in geo/schema.ts, each with hover text', () => {
    expect(nodeAt(places, 'features.[].properties.kind').enum).toEqual([...PLACE_KINDS]);
    expect(nodeAt(links, 'features.[].properties.kind').enum).toEqual([...LINK_KINDS]);
    expect(nodeAt(places, 'features.[].properties.kind').enumDescriptions).toHaveLength(PLACE_KINDS.length);
    expect(nodeAt(links, 'features.[].properties.kind').enumDescriptions).toHaveLength(LINK_KINDS.length);
  });

  test('the line patterns described to editors are the ones geo/palette.ts draws', () => {
    for (const kind of LINK_KINDS) {
      const { dash } = LINK_STYLES[kind];
      const drawn = dash.length === 0 ? 'solid' : dash[0]! >= 1 ? 'dashed' : 'dotted';
      expect([kind, LINK_KIND_LOOK[kind].line]).toEqual([kind, drawn]);
    }
  });

  test('positions are [longitude, latitude], a link has exactly two', () => {
    for (const position of [
      nodeAt(places, 'features.[].geometry.coordinates'),
      nodeAt(links, 'features.[].geometry.coordinates.[]'),
      nodeAt(chapter, 'camera.center'),
    ]) {
      expect(position.items).toEqual([
        expect.objectContaining({ type: 'number', minimum: -180, maximum: 180 }),
        expect.objectContaining({ type: 'number', minimum: -90, maximum: 90 }),
      ]);
      expect(position).toMatchObject({ minItems: 2, maxItems: 2, additionalItems: false });
    }
    expect(nodeAt(links, 'features.[].geometry.coordinates')).toMatchObject({ minItems: 2, maxItems: 2 });
  });

  test('no text is unconstrained, and every field has hover text', () => {
    for (const schema of Object.values(schemas)) {
      for (const [at, node] of walk(schema)) {
        if (node.type === 'string') expect([at, node.pattern ?? node.enum ?? node.const]).toEqual([at, expect.anything()]);
        if (node.pattern !== undefined) expect([at, node.patternErrorMessage]).toEqual([at, expect.any(String)]);
      }
      for (const [, node] of walk(schema)) {
        for (const [key, property] of Object.entries(node.properties ?? {})) {
          expect([key, property.description]).toEqual([key, expect.any(String)]);
        }
      }
    }
  });

  test('the editors\' README names every kind', () => {
    const readme = readFileSync(path.join(ROOT, 'content/README.md'), 'utf8');
    for (const kind of [...PLACE_KINDS, ...LINK_KINDS]) expect([kind, readme.includes(`\`${kind}\``)]).toEqual([kind, true]);
  });
});

describe('the schemas accept the real content and catch common mistakes', () => {
  const realPlaces = readJson('content/places.geojson');
  const realLinks = readJson('content/links.geojson');
  const realSources = readJson('content/sources.json');
  const chapterFiles = ['ar', 'en'].flatMap((lang) =>
    readdirSync(path.join(ROOT, 'content/story', lang))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `content/story/${lang}/${name}`),
  );

  test('the real places, links and sources validate (as they do with zod)', () => {
    expect(placesFileSchema.safeParse(realPlaces).success).toBe(true);
    expect(linksFileSchema.safeParse(realLinks).success).toBe(true);
    expect(sourcesFileSchema.safeParse(realSources).success).toBe(true);
    expect(validate(places, realPlaces)).toEqual([]);
    expect(validate(links, realLinks)).toEqual([]);
    expect(validate(sources, realSources)).toEqual([]);
  });

  test('every real chapter\'s front matter validates', () => {
    expect(chapterFiles.length).toBeGreaterThan(0);
    for (const file of chapterFiles) {
      const split = splitFrontMatter(readFileSync(path.join(ROOT, file), 'utf8'));
      if (!split.ok) throw new Error(`${file}: ${split.message}`);
      const frontMatter: unknown = parseYaml(split.yaml);
      expect([file, chapterFrontMatterSchema.safeParse(frontMatter).success]).toEqual([file, true]);
      expect([file, validate(chapter, frontMatter)]).toEqual([file, []]);
    }
  });

  test('what zod accepts beyond the real files is accepted too (year/month dates, no links, a bare camera)', () => {
    const minimal = { id: 'a', title: 'A', date: '2022', places: ['doha'], sources: ['s'], camera: { center: [51.5, 25.3], zoom: 4 } };
    expect(chapterFrontMatterSchema.safeParse(minimal).success).toBe(true);
    expect(validate(chapter, minimal)).toEqual([]);
    expect(validate(chapter, { ...minimal, date: '2022-05', links: [] })).toEqual([]);
  });

  type Mutation = [string, (value: any) => void];
  const placeMistakes: Mutation[] = [
    ['a misspelt property', (v) => { v.features[0].properties.nmae_en = v.features[0].properties.name_en; delete v.features[0].properties.name_en; }],
    ['an unknown kind', (v) => { v.features[0].properties.kind = 'town'; }],
    ['an empty name', (v) => { v.features[0].properties.name_ar = '  '; }],
    ['latitude out of range', (v) => { v.features[0].geometry.coordinates = [25.28, 91]; }],
    ['three numbers', (v) => { v.features[0].geometry.coordinates.push(0); }],
    ['an id with capitals', (v) => { v.features[0].id = 'Rabat'; }],
    ['a LineString place', (v) => { v.features[0].geometry.type = 'LineString'; }],
  ];
  const linkMistakes: Mutation[] = [
    ['a missing date', (v) => { delete v.features[0].properties.date; }],
    ['a written-out date', (v) => { v.features[0].properties.date = '24/05/2022'; }],
    ['an unknown kind', (v) => { v.features[0].properties.kind = 'security'; }],
    ['no sources', (v) => { v.features[0].properties.sources = []; }],
    ['a three-point line', (v) => { v.features[0].geometry.coordinates.push([0, 0]); }],
    ['a property on the feature instead of in properties', (v) => { v.features[0].from = 'rabat'; }],
  ];
  const sourceMistakes: Mutation[] = [
    ['an unknown language', (v) => { v[0].language = 'fr'; }],
    ['a missing headline_en', (v) => { delete v[0].headline_en; }],
    ['a misspelt outlet', (v) => { v[0].outlet = v[0].outlet_en; }],
  ];

  test.each([
    ...placeMistakes.map(([name, mutate]) => ['places', name, mutate, places, placesFileSchema, realPlaces] as const),
    ...linkMistakes.map(([name, mutate]) => ['links', name, mutate, links, linksFileSchema, realLinks] as const),
    ...sourceMistakes.map(([name, mutate]) => ['sources', name, mutate, sources, sourcesFileSchema, realSources] as const),
  ])('%s: %s is flagged by both the JSON Schema and zod', (_file, _name, mutate, jsonSchema, zodSchema, real) => {
    const broken = clone(real);
    mutate(broken);
    expect(zodSchema.safeParse(broken).success).toBe(false);
    expect(validate(jsonSchema, broken)).not.toEqual([]);
  });
});
