/**
 * Validates the editors' files and reshapes them into a Story. Every problem is collected
 * (never just the first) with the file, line and column it refers to.
 */
import type { z } from 'zod';
import * as turf from '@turf/turf';
import {
  LANGS,
  chapterFrontMatterSchema,
  linksFileSchema,
  placesFileSchema,
  sourcesFileSchema,
  type Chapter,
  type Lang,
  type Link,
  type Place,
  type Source,
  type Story,
} from './schema';
import { parseJsonText, parseYamlText, type ParsedText, type PathKey, type Position } from './source-text';
import { didYouMean, type Problem, type Severity } from './problems';
import { splitFrontMatter } from './front-matter';
import { STORY_BOX } from './regions';

export interface TextFile {
  /** Path as the editor knows it, relative to the project root (e.g. `content/places.geojson`). */
  path: string;
  text: string;
}
export interface ContentFiles {
  places: TextFile;
  links: TextFile;
  sources: TextFile;
  chapters: { lang: Lang; file: TextFile }[];
}
export interface ValidationResult {
  story: Story | null;
  problems: Problem[];
}

/** Editors' files are small; anything this big is a mistake (a pasted data dump, a wrong file). */
export const MAX_FILE_BYTES = 512 * 1024;
/** A link's end must sit within this distance of its place (GeoJSON tools round coordinates). */
const ENDPOINT_TOLERANCE_KM = 0.5;

class Reporter {
  readonly problems: Problem[] = [];
  add(file: string, at: Position, message: string, severity: Severity = 'error') {
    this.problems.push({ file, line: at.line, column: at.column, severity, message });
  }
}

/** Turns a zod issue path into the words an editor needs: which feature, which field. */
function describeIssue(
  issue: z.core.$ZodIssue,
  subjectOf: (path: readonly PathKey[]) => string,
): { path: PathKey[]; message: string; atKey: boolean } {
  const path = issue.path.filter((k): k is PathKey => typeof k !== 'symbol');
  const subject = subjectOf(path);
  const field = fieldName(path);
  const where = [subject, field].filter(Boolean).join(': ');
  const prefix = where ? `${where} ` : '';
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysAt(path);
    const keys = issue.keys.map((k) => `"${k}"${didYouMean(k, known)}`).join(', ');
    return {
      path: [...path, issue.keys[0] ?? ''],
      message: `${subject ? `${subject}: ` : ''}unknown property ${keys}${known.length ? `; expected only: ${known.join(', ')}` : ''}`,
      atKey: true,
    };
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return { path, message: `${subject ? `${subject}: ` : ''}missing required property ${field || 'value'}`, atKey: true };
  }
  return { path, message: `${prefix}${issue.message}`.trim(), atKey: false };
}

function fieldName(path: readonly PathKey[]): string {
  const tail: PathKey[] = [];
  for (let i = path.length - 1; i >= 0; i--) {
    const k = path[i]!;
    if (k === 'properties' || k === 'features') break;
    if (typeof k === 'number' && i > 0 && path[i - 1] === 'features') break;
    tail.unshift(k);
  }
  if (tail.length === 0) return '';
  return `"${tail.map(String).join('.')}"`;
}

const KNOWN_KEYS: Record<string, string[]> = {
  feature: ['type', 'id', 'geometry', 'properties'],
  geometry: ['type', 'coordinates'],
  place: ['name_ar', 'name_en', 'kind'],
  link: ['from', 'to', 'kind', 'date', 'label_ar', 'label_en', 'sources'],
  source: Object.keys(sourcesFileSchema.element.shape),
  chapter: Object.keys(chapterFrontMatterSchema.shape),
  camera: ['center', 'zoom', 'bearing', 'pitch'],
  collection: ['type', 'features'],
};
let currentKeySet: (path: readonly PathKey[]) => string[] = () => [];
function knownKeysAt(path: readonly PathKey[]): string[] {
  return currentKeySet(path);
}

function validateParsed<T>(
  file: string,
  parsed: ParsedText,
  schema: z.ZodType<T>,
  subjectOf: (path: readonly PathKey[]) => string,
  keysAt: (path: readonly PathKey[]) => string[],
  report: Reporter,
): T | null {
  // reportInput lets a missing property (input undefined) be told apart from a wrong type.
  const result = schema.safeParse(parsed.value, { reportInput: true });
  if (result.success) return result.data;
  currentKeySet = keysAt;
  // A misspelt key ("nmae_en") is both unknown and, as "name_en", missing: report it once, as the typo.
  const explained = new Set<string>();
  for (const issue of result.error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = keysAt(issue.path as PathKey[]);
    for (const key of issue.keys) {
      const suggestion = /"([^"]+)"/.exec(didYouMean(key, known))?.[1];
      if (suggestion) explained.add(JSON.stringify([...issue.path, suggestion]));
    }
  }
  for (const issue of result.error.issues) {
    if (issue.code === 'invalid_type' && issue.input === undefined && explained.has(JSON.stringify(issue.path))) continue;
    const { path, message, atKey } = describeIssue(issue, subjectOf);
    report.add(file, atKey ? parsed.locateKey(path) : parsed.locate(path), message);
  }
  return null;
}

function parseFile(file: TextFile, report: Reporter, kind: 'json' | 'yaml', lineOffset = 0): ParsedText | null {
  const bytes = Buffer.byteLength(file.text, 'utf8');
  if (bytes > MAX_FILE_BYTES) {
    report.add(file.path, { line: 1, column: 1 }, `the file is ${Math.round(bytes / 1024)} KiB; content files must stay under ${MAX_FILE_BYTES / 1024} KiB`);
    return null;
  }
  const result = kind === 'json' ? parseJsonText(file.text) : parseYamlText(file.text, lineOffset);
  if (!result.ok) {
    for (const p of result.problems) report.add(file.path, p.position, p.message);
    return null;
  }
  return result.parsed;
}

function featureSubject(noun: 'place' | 'link', value: unknown) {
  return (path: readonly PathKey[]): string => {
    if (path[0] !== 'features' || typeof path[1] !== 'number') return '';
    const features = (value as { features?: unknown[] })?.features;
    const id = (features?.[path[1]] as { id?: unknown } | undefined)?.id;
    return typeof id === 'string' && id ? `${noun} "${id}"` : `${noun} #${path[1] + 1}`;
  };
}

function featureKeys(noun: 'place' | 'link') {
  return (path: readonly PathKey[]): string[] => {
    const last = path[path.length - 1];
    if (path.length === 0) return KNOWN_KEYS.collection!;
    if (last === 'properties') return KNOWN_KEYS[noun]!;
    if (last === 'geometry') return KNOWN_KEYS.geometry!;
    return KNOWN_KEYS.feature!;
  };
}

/** Duplicate ids: every repeat after the first is an error at its own position. */
function checkUnique(
  file: string,
  ids: { id: string; at: Position }[],
  noun: string,
  report: Reporter,
) {
  const seen = new Map<string, Position>();
  for (const { id, at } of ids) {
    const first = seen.get(id);
    if (first) report.add(file, at, `${noun} id "${id}" is used twice (first at line ${first.line}); ids must be unique`);
    else seen.set(id, at);
  }
}

export function validateContent(files: ContentFiles): ValidationResult {
  const report = new Reporter();

  // Places
  const placesParsed = parseFile(files.places, report, 'json');
  const placesFile = placesParsed
    ? validateParsed(files.places.path, placesParsed, placesFileSchema, featureSubject('place', placesParsed.value), featureKeys('place'), report)
    : null;
  const places: Place[] = (placesFile?.features ?? []).map((f) => ({
    id: f.id,
    name: { ar: f.properties.name_ar, en: f.properties.name_en },
    kind: f.properties.kind,
    lngLat: f.geometry.coordinates,
  }));
  if (placesFile && placesParsed) {
    checkUnique(files.places.path, placesFile.features.map((f, i) => ({ id: f.id, at: placesParsed.locate(['features', i, 'id']) })), 'place', report);
  }
  if (placesFile && placesParsed) warnSwappedCoordinates(files.places.path, placesFile.features, placesParsed, report);
  const placeIds = places.map((p) => p.id);
  const placeById = new Map(places.map((p) => [p.id, p]));

  // Sources
  const sourcesParsed = parseFile(files.sources, report, 'json');
  const sourcesFile = sourcesParsed
    ? validateParsed(
        files.sources.path,
        sourcesParsed,
        sourcesFileSchema,
        (path) => {
          const id = typeof path[0] === 'number' ? (sourcesParsed.value as { id?: unknown }[])[path[0]]?.id : undefined;
          return typeof id === 'string' ? `source "${id}"` : typeof path[0] === 'number' ? `source #${path[0] + 1}` : '';
        },
        () => KNOWN_KEYS.source!,
        report,
      )
    : null;
  const sources: Source[] = (sourcesFile ?? []).map((s) => ({
    id: s.id,
    outlet: { ar: s.outlet_ar, en: s.outlet_en },
    headline: s.headline,
    headlineEn: s.headline_en,
    ...(s.date ? { date: s.date } : {}),
    language: s.language,
  }));
  if (sourcesFile && sourcesParsed) {
    checkUnique(files.sources.path, sourcesFile.map((s, i) => ({ id: s.id, at: sourcesParsed.locate([i, 'id']) })), 'source', report);
  }
  const sourceIds = sources.map((s) => s.id);

  // Links
  const linksParsed = parseFile(files.links, report, 'json');
  const linksFile = linksParsed
    ? validateParsed(files.links.path, linksParsed, linksFileSchema, featureSubject('link', linksParsed.value), featureKeys('link'), report)
    : null;
  const links: Link[] = (linksFile?.features ?? []).map((f) => ({
    id: f.id,
    from: f.properties.from,
    to: f.properties.to,
    kind: f.properties.kind,
    date: f.properties.date,
    label: { ar: f.properties.label_ar, en: f.properties.label_en },
    sources: f.properties.sources,
  }));
  if (linksFile && linksParsed) {
    const file = files.links.path;
    checkUnique(file, linksFile.features.map((f, i) => ({ id: f.id, at: linksParsed.locate(['features', i, 'id']) })), 'link', report);
    linksFile.features.forEach((f, i) => {
      const at = (...p: PathKey[]) => linksParsed.locate(['features', i, ...p]);
      const subject = `link "${f.id}"`;
      for (const end of ['from', 'to'] as const) {
        const placeId = f.properties[end];
        if (placesFile && !placeById.has(placeId)) {
          report.add(file, at('properties', end), `${subject}: "${end}" is "${placeId}", which is not a place id${didYouMean(placeId, placeIds)}`);
        }
      }
      if (f.properties.from === f.properties.to) {
        report.add(file, at('properties', 'to'), `${subject}: "from" and "to" are both "${f.properties.from}"; a link joins two different places`);
      }
      f.properties.sources.forEach((s, j) => {
        if (sourcesFile && !sourceIds.includes(s)) {
          report.add(file, at('properties', 'sources', j), `${subject}: source "${s}" is not a source id in ${files.sources.path}${didYouMean(s, sourceIds)}`);
        }
      });
      (['from', 'to'] as const).forEach((end, k) => {
        const place = placeById.get(f.properties[end]);
        const coord = f.geometry.coordinates[k];
        if (!place || !coord) return;
        const km = turf.distance(coord, place.lngLat, { units: 'kilometers' });
        if (km > ENDPOINT_TOLERANCE_KM) {
          report.add(
            file,
            at('geometry', 'coordinates', k),
            `${subject}: the line's ${k === 0 ? 'first' : 'last'} position [${coord.join(', ')}] is ${km.toFixed(1)} km from its "${end}" place "${place.id}" at [${place.lngLat.join(', ')}]; use the place's coordinates`,
          );
        }
      });
    });
  }
  const linkIds = links.map((l) => l.id);

  // Chapters
  const chapters: Record<Lang, Chapter[]> = { ar: [], en: [] };
  for (const { lang, file } of [...files.chapters].sort((a, b) => a.file.path.localeCompare(b.file.path))) {
    const split = splitFrontMatter(file.text);
    if (!split.ok) {
      report.add(file.path, { line: 1, column: 1 }, split.message);
      continue;
    }
    const parsed = parseFile({ path: file.path, text: split.yaml }, report, 'yaml', split.yamlLine - 1);
    if (!parsed) continue;
    const fm = validateParsed(
      file.path,
      parsed,
      chapterFrontMatterSchema,
      () => `chapter "${(parsed.value as { id?: unknown } | null)?.id ?? baseName(file.path)}"`,
      (path) => (path[path.length - 1] === 'camera' ? KNOWN_KEYS.camera! : KNOWN_KEYS.chapter!),
      report,
    );
    if (!fm) continue;
    const subject = `chapter "${fm.id}"`;
    const checkRefs = (field: 'places' | 'links' | 'sources', known: string[], loaded: boolean, noun: string, where: string) => {
      fm[field].forEach((ref, j) => {
        if (loaded && !known.includes(ref)) {
          report.add(file.path, parsed.locate([field, j]), `${subject}: "${field}" lists "${ref}", which is not a ${noun} id in ${where}${didYouMean(ref, known)}`);
        }
      });
    };
    checkRefs('places', placeIds, placesFile !== null, 'place', files.places.path);
    checkRefs('links', linkIds, linksFile !== null, 'link', files.links.path);
    checkRefs('sources', sourceIds, sourcesFile !== null, 'source', files.sources.path);
    if (!split.body.trim()) {
      report.add(file.path, { line: split.bodyLine, column: 1 }, `${subject}: the chapter has no text after its front matter`);
    }
    chapters[lang].push({
      id: fm.id,
      file: file.path,
      title: fm.title,
      date: fm.date,
      places: fm.places,
      links: fm.links,
      sources: fm.sources,
      ...(fm.camera ? { camera: fm.camera } : {}),
      body: split.body,
    });
  }
  checkChapterPairs(chapters, files, report);
  checkChapterIds(chapters, report);
  warnUnused(places, links, chapters, files, placesParsed, linksParsed, report);

  const hasErrors = report.problems.some((p) => p.severity === 'error');
  return {
    story: hasErrors ? null : { places, links, sources, chapters },
    problems: report.problems,
  };
}

const inBox = ([lng, lat]: readonly number[], [west, south, east, north]: readonly number[]) =>
  lng! >= west! && lng! <= east! && lat! >= south! && lat! <= north!;

/**
 * Latitude/longitude order is the most common GeoJSON mistake, and a swapped point is usually
 * still a valid position (somewhere in the wrong ocean). A place outside the story's region
 * whose swapped position falls inside it is almost certainly swapped.
 */
function warnSwappedCoordinates(file: string, features: { id: string; geometry: { coordinates: [number, number] } }[], parsed: ParsedText, report: Reporter) {
  const region = STORY_BOX;
  features.forEach((f, i) => {
    const [lng, lat] = f.geometry.coordinates;
    if (!inBox([lng, lat], region) && inBox([lat, lng], region)) {
      report.add(
        file,
        parsed.locate(['features', i, 'geometry', 'coordinates']),
        `place "${f.id}": coordinates [${lng}, ${lat}] look swapped; GeoJSON puts longitude first, so this is probably [${lat}, ${lng}]`,
        'warning',
      );
    }
  });
}

const baseName = (path: string) => path.split('/').pop() ?? path;

/** Each chapter exists in both languages under the same file name, with the same facts. */
function checkChapterPairs(chapters: Record<Lang, Chapter[]>, files: ContentFiles, report: Reporter) {
  const [primary, secondary] = LANGS;
  const byName = (lang: Lang) => new Map(chapters[lang].map((c) => [baseName(c.file), c]));
  const a = byName(primary);
  const b = byName(secondary);
  const allFiles = new Map(files.chapters.map((c) => [c.file.path, c]));
  for (const [lang, mine, other, otherLang] of [
    [primary, a, b, secondary],
    [secondary, b, a, primary],
  ] as const) {
    for (const [name, chapter] of mine) {
      const twin = other.get(name);
      const twinPath = chapter.file.replace(`/${lang}/`, `/${otherLang}/`);
      if (!twin) {
        // Only report a missing twin; a twin that exists but failed to parse has its own errors.
        if (!allFiles.has(twinPath)) {
          report.add(chapter.file, { line: 1, column: 1 }, `chapter "${chapter.id}" has no ${otherLang === 'ar' ? 'Arabic' : 'English'} version: expected ${twinPath}`);
        }
        continue;
      }
      if (lang !== primary) continue; // compare each pair once
      const fields = ['id', 'date', 'places', 'links', 'sources'] as const;
      for (const field of fields) {
        const mineValue = JSON.stringify(chapter[field]);
        const otherValue = JSON.stringify(twin[field]);
        if (mineValue !== otherValue) {
          report.add(
            twin.file,
            { line: 1, column: 1 },
            `chapter "${twin.id}": "${field}" is ${otherValue} here but ${mineValue} in ${chapter.file}; both languages must tell the same facts`,
          );
        }
      }
      if (JSON.stringify(chapter.camera ?? null) !== JSON.stringify(twin.camera ?? null)) {
        report.add(twin.file, { line: 1, column: 1 }, `chapter "${twin.id}": "camera" differs from ${chapter.file}; both languages must show the same map`);
      }
    }
  }
}

function checkChapterIds(chapters: Record<Lang, Chapter[]>, report: Reporter) {
  for (const lang of LANGS) {
    const seen = new Map<string, string>();
    let previous: Chapter | undefined;
    for (const c of chapters[lang]) {
      const first = seen.get(c.id);
      if (first) report.add(c.file, { line: 1, column: 1 }, `chapter id "${c.id}" is also used by ${first}; chapter ids must be unique`);
      seen.set(c.id, c.file);
      if (previous && c.date < previous.date && lang === LANGS[0]) {
        report.add(c.file, { line: 1, column: 1 }, `chapter "${c.id}" is dated ${c.date}, before the previous chapter "${previous.id}" (${previous.date}); chapters are told in date order`, 'warning');
      }
      previous = c;
    }
  }
}

function warnUnused(
  places: Place[],
  links: Link[],
  chapters: Record<Lang, Chapter[]>,
  files: ContentFiles,
  placesParsed: ParsedText | null,
  linksParsed: ParsedText | null,
  report: Reporter,
) {
  const all = chapters[LANGS[0]];
  if (all.length === 0) return;
  const shownPlaces = new Set(all.flatMap((c) => c.places));
  const shownLinks = new Set(all.flatMap((c) => c.links));
  places.forEach((p, i) => {
    if (!shownPlaces.has(p.id) && placesParsed) {
      report.add(files.places.path, placesParsed.locate(['features', i, 'id']), `place "${p.id}" is not shown by any chapter`, 'warning');
    }
  });
  links.forEach((l, i) => {
    if (!shownLinks.has(l.id) && linksParsed) {
      report.add(files.links.path, linksParsed.locate(['features', i, 'id']), `link "${l.id}" is not shown by any chapter`, 'warning');
    }
  });
}
