/**
 * The content check: the real story must pass, and each kind of editor mistake must be
 * reported with the exact `file:line:column: message` an editor would need to fix it.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkContent, loadStory } from '../../geo/load-content';
import { validateContent, type ContentFiles } from '../../geo/validate-content';
import { ContentError, didYouMean, errorsIn, formatProblem, sortProblems } from '../../geo/problems';
import { isValidIsoDate, LANGS, type Story } from '../../geo/schema';
import { splitFrontMatter } from '../../geo/front-matter';
import { toPosition } from '../../geo/source-text';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURE_ROOT = path.join(__dirname, '../fixtures/valid');

const PLACES = 'content/places.geojson';
const LINKS = 'content/links.geojson';
const SOURCES = 'content/sources.json';
const AR = 'content/story/ar/01-a.md';
const EN = 'content/story/en/01-a.md';

const readFixture = (relative: string) => readFileSync(path.join(FIXTURE_ROOT, relative), 'utf8');

/** A fresh copy of the small valid fixture, as the TextFile objects validateContent takes. */
function fixtureFiles(): ContentFiles {
  return {
    places: { path: PLACES, text: readFixture(PLACES) },
    links: { path: LINKS, text: readFixture(LINKS) },
    sources: { path: SOURCES, text: readFixture(SOURCES) },
    chapters: [
      { lang: 'ar', file: { path: AR, text: readFixture(AR) } },
      { lang: 'en', file: { path: EN, text: readFixture(EN) } },
    ],
  };
}

/** Replaces `find` (which must occur) in a text: a typo in a test's mutation fails loudly. */
function edit(text: string, find: string, replacement: string): string {
  if (!text.includes(find)) throw new Error(`fixture edit: ${JSON.stringify(find)} not found`);
  return text.replace(find, replacement);
}

/** "line:column" (1-based) of a character offset, counted independently of the code under test. */
function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before[before.length - 1]!.length + 1}`;
}

/** "line:column" of the `n`-th occurrence of `needle`: where the mistake sits in the text. */
function at(text: string, needle: string, n = 1): string {
  let offset = -1;
  for (let i = 0; i < n; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`${JSON.stringify(needle)} occurs fewer than ${n} times`);
  }
  return lineCol(text, offset);
}

const chapter = (files: ContentFiles, file: string) => files.chapters.find((c) => c.file.path === file)!.file;
const formatted = (files: ContentFiles) => sortProblems(validateContent(files).problems).map(formatProblem);

describe('the real content', () => {
  const { story, problems } = checkContent(ROOT);
  const realStory = story as Story;

  it('passes the check with zero errors', () => {
    expect(errorsIn(problems).map(formatProblem)).toEqual([]);
    expect(story).not.toBeNull();
  });

  it('every link endpoint is a known place', () => {
    const placeIds = new Set(realStory.places.map((p) => p.id));
    for (const link of realStory.links) {
      expect(placeIds).toContain(link.from);
      expect(placeIds).toContain(link.to);
    }
  });

  it('every chapter exists in both languages with identical id, date, places, links and sources', () => {
    const facts = (lang: (typeof LANGS)[number]) =>
      realStory.chapters[lang].map((c) => ({
        file: path.basename(c.file),
        id: c.id,
        date: c.date,
        places: c.places,
        links: c.links,
        sources: c.sources,
      }));
    expect(facts('ar').length).toBeGreaterThan(0);
    expect(facts('en')).toEqual(facts('ar'));
  });

  it('every chapter reference points at a known place, link and source', () => {
    const places = new Set(realStory.places.map((p) => p.id));
    const links = new Set(realStory.links.map((l) => l.id));
    const sources = new Set(realStory.sources.map((s) => s.id));
    for (const c of realStory.chapters.en) {
      c.places.forEach((id) => expect(places).toContain(id));
      c.links.forEach((id) => expect(links).toContain(id));
      c.sources.forEach((id) => expect(sources).toContain(id));
    }
  });

  it('every source is cited by at least one chapter', () => {
    const cited = new Set(LANGS.flatMap((lang) => realStory.chapters[lang].flatMap((c) => c.sources)));
    const uncited = realStory.sources.map((s) => s.id).filter((id) => !cited.has(id));
    expect(uncited).toEqual([]);
  });

  it('chapters are told in date order in both languages', () => {
    // ISO dates at year/month/day precision order correctly as text ("2022-11" < "2022-11-05" < "2022-12").
    for (const lang of LANGS) {
      const dates = realStory.chapters[lang].map((c) => c.date);
      expect(dates).toEqual([...dates].sort());
    }
  });
});

describe('the valid fixture', () => {
  it('has no problems at all, neither errors nor warnings', () => {
    const { story, problems } = validateContent(fixtureFiles());
    expect(problems).toEqual([]);
    expect(story?.places.map((p) => p.id)).toEqual(['rabat', 'doha', 'lusail-stadium']);
    expect(story?.links.map((l) => l.id)).toEqual(['rabat-doha-experts', 'doha-lusail-centre']);
    expect(story?.chapters.ar.map((c) => c.id)).toEqual(['a']);
    expect(story?.chapters.en.map((c) => c.id)).toEqual(['a']);
  });

  it('reads the same from disk through checkContent', () => {
    expect(checkContent(FIXTURE_ROOT).problems).toEqual([]);
  });
});

interface BrokenCase {
  rule: string;
  mutate: (files: ContentFiles) => void;
  /** The exact formatted problems, in file/line/column order; positions are found in the mutated text. */
  expected: (files: ContentFiles) => string[];
}

const cases: BrokenCase[] = [
  {
    rule: 'a trailing comma in JSON is an error at the bracket that follows it',
    mutate: (f) => {
      f.sources.text = edit(f.sources.text, '  }\n]', '  },\n]');
    },
    expected: (f) => [`${SOURCES}:${lineCol(f.sources.text, f.sources.text.lastIndexOf(']'))}: invalid JSON: expected a value`],
  },
  {
    rule: 'a places file that is not a FeatureCollection is an error at its "type"',
    mutate: (f) => {
      f.places.text = edit(f.places.text, '"type": "FeatureCollection"', '"type": "Feature"');
    },
    expected: (f) => [`${PLACES}:${at(f.places.text, '"Feature"')}: "type" the file must be a GeoJSON "FeatureCollection"`],
  },
  {
    rule: 'a link with a Point geometry is an error at its geometry type',
    mutate: (f) => {
      f.links.text = edit(f.links.text, '"type": "LineString"', '"type": "Point"');
    },
    expected: (f) => [`${LINKS}:${at(f.links.text, '"Point"')}: link "rabat-doha-experts": "geometry.type" a link must be a "LineString"`],
  },
  {
    rule: 'a longitude outside -180..180 is an error at the number',
    mutate: (f) => {
      f.places.text = edit(f.places.text, '[51.531, 25.2854]', '[251.531, 25.2854]');
    },
    expected: (f) => [`${PLACES}:${at(f.places.text, '251.531')}: place "doha": "geometry.coordinates.0" longitude must be between -180 and 180`],
  },
  {
    rule: 'a place without an id is named by its position and reported at its opening brace',
    mutate: (f) => {
      f.places.text = edit(f.places.text, '      "id": "doha",\n', '');
    },
    expected: (f) => [`${PLACES}:${at(f.places.text, '{\n      "type": "Feature"', 2)}: place #2: missing required property "id"`],
  },
  {
    rule: 'a duplicate place id is reported at its second occurrence, naming the line of the first',
    mutate: (f) => {
      const start = f.places.text.indexOf('    {\n      "type": "Feature",\n      "id": "doha"');
      const end = f.places.text.indexOf('\n    }', start) + '\n    }'.length;
      const dohaFeature = f.places.text.slice(start, end);
      f.places.text = edit(f.places.text, '\n  ]\n}', `,\n${dohaFeature}\n  ]\n}`);
    },
    expected: (f) => {
      const firstLine = at(f.places.text, '"doha"', 1).split(':')[0];
      return [`${PLACES}:${at(f.places.text, '"doha"', 2)}: place id "doha" is used twice (first at line ${firstLine}); ids must be unique`];
    },
  },
  {
    rule: 'a misspelt property is reported once, at its key, with a suggestion (not also as missing)',
    mutate: (f) => {
      f.places.text = edit(f.places.text, '"name_en": "Doha"', '"nmae_en": "Doha"');
    },
    expected: (f) => [
      `${PLACES}:${at(f.places.text, '"nmae_en"')}: place "doha": unknown property "nmae_en" (did you mean "name_en"?); expected only: name_ar, name_en, kind`,
    ],
  },
  {
    rule: 'a missing required property is reported at the key of the object that lacks it',
    mutate: (f) => {
      f.places.text = edit(f.places.text, '"name_ar": "الدوحة", ', '');
    },
    expected: (f) => [`${PLACES}:${at(f.places.text, '"properties"', 2)}: place "doha": missing required property "name_ar"`],
  },
  {
    rule: 'an empty (blank) name is an error at the value',
    mutate: (f) => {
      f.places.text = edit(f.places.text, '"name_en": "Doha"', '"name_en": "  "');
    },
    expected: (f) => [`${PLACES}:${at(f.places.text, '"  "')}: place "doha": "name_en" must not be empty`],
  },
  {
    rule: 'a link "to" that is not a place id suggests the closest place id',
    mutate: (f) => {
      f.links.text = edit(f.links.text, '"to": "doha"', '"to": "dohaa"');
    },
    expected: (f) => [`${LINKS}:${at(f.links.text, '"dohaa"')}: link "rabat-doha-experts": "to" is "dohaa", which is not a place id (did you mean "doha"?)`],
  },
  {
    rule: 'a link citing an unknown source is an error at that entry, without a far-fetched suggestion',
    mutate: (f) => {
      f.links.text = edit(f.links.text, '"sources": ["khaleej-online"]', '"sources": ["al-jazeera"]');
    },
    expected: (f) => [`${LINKS}:${at(f.links.text, '"al-jazeera"')}: link "rabat-doha-experts": source "al-jazeera" is not a source id in content/sources.json`],
  },
  {
    rule: 'a link end more than 0.5 km from its place is an error giving the distance',
    mutate: (f) => {
      // 0.02° of latitude is 0.02 × 111.2 km ≈ 2.2 km north of Rabat.
      f.links.text = edit(f.links.text, '[[-6.8498, 34.0209]', '[[-6.8498, 34.0409]');
    },
    expected: (f) => [
      `${LINKS}:${at(f.links.text, '[-6.8498, 34.0409]')}: link "rabat-doha-experts": the line's first position [-6.8498, 34.0409] is 2.2 km from its "from" place "rabat" at [-6.8498, 34.0209]; use the place's coordinates`,
    ],
  },
  {
    rule: 'a link end within 0.5 km of its place (rounded coordinates) is accepted',
    mutate: (f) => {
      // 0.002° of latitude ≈ 0.22 km.
      f.links.text = edit(f.links.text, '[[-6.8498, 34.0209]', '[[-6.8498, 34.0229]');
    },
    expected: () => [],
  },
  {
    rule: 'an impossible date (30 February) is an error at the value',
    mutate: (f) => {
      f.links.text = edit(f.links.text, '"date": "2022-11"', '"date": "2022-02-30"');
    },
    expected: (f) => [`${LINKS}:${at(f.links.text, '"2022-02-30"')}: link "rabat-doha-experts": "date" must be an ISO 8601 date such as "2022-05-24", "2022-05" or "2022"`],
  },
  {
    rule: 'a chapter without its English version is an error naming the expected file',
    mutate: (f) => {
      f.chapters = f.chapters.filter((c) => c.lang !== 'en');
    },
    expected: () => [`${AR}:1:1: chapter "a" has no English version: expected ${EN}`],
  },
  {
    rule: 'a chapter whose places differ between languages is an error in the English file',
    mutate: (f) => {
      const en = chapter(f, EN);
      en.text = edit(en.text, 'places: [rabat, doha, lusail-stadium]', 'places: [rabat, doha]');
    },
    expected: () => [
      `${EN}:1:1: chapter "a": "places" is ["rabat","doha"] here but ["rabat","doha","lusail-stadium"] in ${AR}; both languages must tell the same facts`,
    ],
  },
  {
    rule: 'a chapter listing an unknown place suggests the closest place id, in each language',
    mutate: (f) => {
      for (const c of f.chapters) c.file.text = edit(c.file.text, 'lusail-stadium]', 'lusail-stadum]');
    },
    expected: (f) => [
      // With the typo, no chapter shows lusail-stadium any more: that is a warning on the place.
      `${PLACES}:${at(f.places.text, '"lusail-stadium"')}: warning: place "lusail-stadium" is not shown by any chapter`,
      `${AR}:${at(chapter(f, AR).text, 'lusail-stadum')}: chapter "a": "places" lists "lusail-stadum", which is not a place id in content/places.geojson (did you mean "lusail-stadium"?)`,
      `${EN}:${at(chapter(f, EN).text, 'lusail-stadum')}: chapter "a": "places" lists "lusail-stadum", which is not a place id in content/places.geojson (did you mean "lusail-stadium"?)`,
    ],
  },
  {
    rule: 'invalid YAML front matter is reported at its line in the file, not in the front matter',
    mutate: (f) => {
      // An unquoted title holding ": " is a nested mapping; the front matter starts on line 2.
      const en = chapter(f, EN);
      en.text = edit(en.text, 'title: "A visit to Lusail"', 'title: A visit: to Lusail');
    },
    expected: (f) => [`${EN}:${at(chapter(f, EN).text, 'A visit: to Lusail')}: invalid YAML: Nested mappings are not allowed in compact mappings`],
  },
  {
    rule: 'a repeated front matter key is invalid YAML at the repeat',
    mutate: (f) => {
      const en = chapter(f, EN);
      en.text = edit(en.text, 'date: "2022-05-24"\n', 'date: "2022-05-24"\nid: b\n');
    },
    expected: (f) => [`${EN}:${at(chapter(f, EN).text, 'id: b')}: invalid YAML: Map keys must be unique`],
  },
  {
    rule: 'a chapter file without an opening "---" fence is an error at its first line',
    mutate: (f) => {
      const en = chapter(f, EN);
      en.text = edit(en.text, '---\nid: a', 'id: a');
    },
    expected: () => [
      `${EN}:1:1: a chapter file must start with front matter: a line "---", the fields (id, title, date, places, links, sources), then another "---"`,
    ],
  },
  {
    rule: 'a place that no chapter shows is a warning at its id, not an error',
    mutate: (f) => {
      for (const c of f.chapters) c.file.text = edit(c.file.text, 'places: [rabat, doha, lusail-stadium]', 'places: [rabat, doha]');
    },
    expected: (f) => [`${PLACES}:${at(f.places.text, '"lusail-stadium"')}: warning: place "lusail-stadium" is not shown by any chapter`],
  },
];

describe('broken content', () => {
  it.each(cases)('$rule', ({ mutate, expected }) => {
    const files = fixtureFiles();
    mutate(files);
    expect(formatted(files)).toEqual(expected(files));
  });

  it('a warning alone keeps the story (severity "warning"), an error drops it', () => {
    const files = fixtureFiles();
    for (const c of files.chapters) c.file.text = edit(c.file.text, 'places: [rabat, doha, lusail-stadium]', 'places: [rabat, doha]');
    const warned = validateContent(files);
    expect(warned.problems.map((p) => p.severity)).toEqual(['warning']);
    expect(warned.story).not.toBeNull();

    files.links.text = edit(files.links.text, '"to": "doha"', '"to": "dohaa"');
    const failed = validateContent(files);
    expect(errorsIn(failed.problems)).toHaveLength(1);
    expect(failed.story).toBeNull();
  });

  it('all problems are reported at once, across files', () => {
    const files = fixtureFiles();
    files.sources.text = edit(files.sources.text, '  }\n]', '  },\n]');
    files.links.text = edit(files.links.text, '"date": "2022-11"', '"date": "2022-02-30"');
    const en = chapter(files, EN);
    en.text = edit(en.text, '---\nid: a', 'id: a');
    const { problems, story } = validateContent(files);
    expect(story).toBeNull();
    expect(errorsIn(problems).length).toBeGreaterThanOrEqual(3);
    expect(new Set(problems.map((p) => p.file))).toEqual(new Set([SOURCES, LINKS, EN]));
  });
});

describe('checkContent and loadStory on disk', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'story-content-'));
  });
  afterEach(() => {
    rmSync(tmp, { recursive: true, force: true });
  });

  function snapshot(dir: string): Map<string, { bytes: Buffer; mtimeMs: number }> {
    const files = new Map<string, { bytes: Buffer; mtimeMs: number }>();
    const walk = (d: string) => {
      for (const entry of readdirSync(d, { withFileTypes: true })) {
        const full = path.join(d, entry.name);
        if (entry.isDirectory()) walk(full);
        else files.set(path.relative(dir, full), { bytes: readFileSync(full), mtimeMs: statSync(full).mtimeMs });
      }
    };
    walk(dir);
    return files;
  }

  it('checkContent never modifies a file (same bytes and mtimes before and after)', () => {
    cpSync(path.join(ROOT, 'content'), path.join(tmp, 'content'), { recursive: true });
    const before = snapshot(tmp);
    expect(before.size).toBeGreaterThan(5);
    const { problems } = checkContent(tmp);
    expect(errorsIn(problems)).toEqual([]);
    expect(snapshot(tmp)).toEqual(before);
  });

  it('a missing file is reported once as missing, not also as invalid JSON', () => {
    cpSync(path.join(FIXTURE_ROOT, 'content'), path.join(tmp, 'content'), { recursive: true });
    unlinkSync(path.join(tmp, SOURCES));
    expect(checkContent(tmp).problems.map(formatProblem)).toEqual([`${SOURCES}:1:1: the file is missing`]);
  });

  it('loadStory throws a ContentError whose message holds every formatted problem', () => {
    cpSync(path.join(FIXTURE_ROOT, 'content'), path.join(tmp, 'content'), { recursive: true });
    const linksText = edit(readFixture(LINKS), '"to": "doha"', '"to": "dohaa"');
    writeFileSync(path.join(tmp, LINKS), linksText);

    let thrown: unknown;
    try {
      loadStory(tmp);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentError);
    const error = thrown as ContentError;
    expect(error.message).toContain("The story's content has 1 error:");
    expect(error.message).toContain(
      `${LINKS}:${at(linksText, '"dohaa"')}: link "rabat-doha-experts": "to" is "dohaa", which is not a place id (did you mean "doha"?)`,
    );
    for (const p of error.problems) expect(error.message).toContain(formatProblem(p));
  });

  it('loadStory returns the story when the content is valid', () => {
    expect(loadStory(FIXTURE_ROOT).chapters.en.map((c) => c.title)).toEqual(['A visit to Lusail']);
  });
});

describe('helpers behind the messages', () => {
  it.each([
    ['2022', true],
    ['2022-05', true],
    ['2022-05-24', true],
    ['2024-02-29', true], // leap year
    ['2023-02-29', false],
    ['2022-02-30', false],
    ['2022-04-31', false],
    ['2022-13', false],
    ['2022-00', false],
    ['2022-05-00', false],
    ['2022-5', false],
    ['22-05-24', false],
    ['2022-05-24T10:00', false],
    ['', false],
  ])('isValidIsoDate(%j) is %s', (value, valid) => {
    expect(isValidIsoDate(value)).toBe(valid);
  });

  it.each([
    ['dohaa', ['doha', 'rabat'], ' (did you mean "doha"?)'],
    ['lusail-stadum', ['doha', 'lusail-stadium'], ' (did you mean "lusail-stadium"?)'],
    ['al-jazeera', ['khaleej-online', 'maroc-hebdo'], ''], // too far from anything to be a typo
    ['doha', [], ''],
    [42, ['doha'], ''],
  ])('didYouMean(%j, %j) is %j', (value, known, expected) => {
    expect(didYouMean(value, known)).toBe(expected);
  });

  it.each([
    ['abc', 0, { line: 1, column: 1 }],
    ['abc', 2, { line: 1, column: 3 }],
    ['ab\ncd', 3, { line: 2, column: 1 }],
    ['ab\ncd\n\nx', 7, { line: 4, column: 1 }],
  ])('toPosition(%j, %i) is 1-based line and column', (text, offset, expected) => {
    expect(toPosition(text, offset)).toEqual(expected);
  });

  it.each([
    ['LF', '---\nid: a\n---\nbody'],
    ['CRLF (Windows editors)', '---\r\nid: a\r\n---\r\nbody'],
    ['a byte-order mark', '\uFEFF---\nid: a\n---\nbody'],
  ])('splitFrontMatter accepts %s: YAML from line 2, body after the closing fence', (_name, text) => {
    expect(splitFrontMatter(text)).toEqual({ ok: true, yaml: 'id: a', yamlLine: 2, body: 'body', bodyLine: 4 });
  });

  it('splitFrontMatter reports an unclosed fence', () => {
    expect(splitFrontMatter('---\nid: a\nbody')).toEqual({ ok: false, message: expect.stringContaining('not closed') });
  });
});

describe('wrong types are not mistaken for missing properties', () => {
  it('a number where a name belongs is reported as a wrong type', () => {
    const { validateContent } = jest.requireActual('../../geo/validate-content') as typeof import('../../geo/validate-content');
    const files = {
      places: { path: 'content/places.geojson', text: JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', id: 'doha', geometry: { type: 'Point', coordinates: [51.5, 25.3] }, properties: { name_ar: 'الدوحة', name_en: 42, kind: 'city' } }] }) },
      links: { path: 'content/links.geojson', text: '{"type":"FeatureCollection","features":[]}' },
      sources: { path: 'content/sources.json', text: '[]' },
      chapters: [],
    };
    const messages = validateContent(files).problems.map((p) => p.message);
    expect(messages).toContain('place "doha": "name_en" must be a text');
    expect(messages.join('\n')).not.toMatch(/missing required property/);
  });
});
