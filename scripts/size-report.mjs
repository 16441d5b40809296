#!/usr/bin/env node
/**
 * `npm run size`: byte budgets for the built site in out/, deterministic and browser-free.
 * Sizes are gzip level 9 of each file (what a plain gzip server sends; brotli is smaller).
 *
 *   1. what each page needs before the map starts: its HTML, the CSS and JS its <link>/<script>
 *      tags load, the fonts whose unicode-range covers its text          ≤ 200 KiB
 *   2. the basemap, generated/basemap.geojson                             ≤  80 KiB
 *   3. each language's font files (Arabic, Latin)                         ≤  60 KiB
 *   4. everything a page loads: (1) + every file its scripts and styles name, transitively
 *      (the lazily loaded MapLibre chunks, the worker, the basemap)       ≤ 800 KiB
 *   5. no file over 50 KiB that no page can reach (pages, Next's RSC payloads and host files
 *      are the entry points; a file counts as reachable when a reachable file names it)
 *   and every character on a page has a glyph in the font that claims it (subsetting check).
 *
 * Exits 1 when a budget or a check fails.   node scripts/size-report.mjs [outDir]
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { COMPRESSED, TEXT_FILE, isEntry, reachable, referenceGraph } from './lib/out-graph.mjs';
import { fontFaces, htmlAssets, inRanges, missingGlyphs, pageCharacters, urlToOutPath, usedFaces } from './lib/page-assets.mjs';
import { fontCodePoints } from './lib/font-cmap.mjs';
import { KIB, evaluateBudgets, formatTable, gzipSize, kib } from './lib/report.mjs';

export const BUDGETS_KIB = { beforeMap: 200, basemap: 80, fontsPerLanguage: 60, everything: 800, unreferencedFile: 50 };
const PAGES = ['ar', 'en'];
const BASEMAP = 'generated/basemap.geojson';
const ARABIC_PROBE = 0x0627; // ا: a face that covers it is an Arabic font
const LATIN_PROBE = 0x0041; // A

const OUT = path.resolve(process.argv[2] ?? 'out');
if (!existsSync(path.join(OUT, 'ar', 'index.html'))) {
  console.error(`size: ${path.relative(process.cwd(), OUT) || OUT}/ar/index.html is missing: run \`npm run build\` first`);
  process.exit(1);
}

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

const all = [...walk(OUT)].map((full) => path.relative(OUT, full).split(path.sep).join('/')).sort();
const files = all
  .filter((p) => !COMPRESSED.test(p))
  .map((p) => {
    const bytes = statSync(path.join(OUT, p)).size;
    return { path: p, bytes, text: TEXT_FILE.test(p) ? readFileSync(path.join(OUT, p), 'utf8') : null };
  });
const byPath = new Map(files.map((f) => [f.path, f]));
const graph = referenceGraph(files);

const gzipCache = new Map();
const gz = (p) => {
  if (!gzipCache.has(p)) gzipCache.set(p, gzipSize(readFileSync(path.join(OUT, p))));
  return gzipCache.get(p);
};
const sum = (paths) => paths.reduce((total, p) => total + gz(p), 0);
const raw = (paths) => paths.reduce((total, p) => total + byPath.get(p).bytes, 0);

const failures = [];
const parts = [];
const details = [];
const codePoints = new Map();
const codePointsOf = (p) => {
  if (!codePoints.has(p)) codePoints.set(p, fontCodePoints(readFileSync(path.join(OUT, p))));
  return codePoints.get(p);
};

const fontGroups = { Arabic: new Set(), Latin: new Set() };

for (const lang of PAGES) {
  const htmlPath = `${lang}/index.html`;
  const html = byPath.get(htmlPath)?.text;
  if (!html) {
    failures.push(`${htmlPath} is missing`);
    continue;
  }
  const assets = [];
  for (const url of htmlAssets(html)) {
    const p = urlToOutPath(url, `/${lang}/`);
    if (p === null) continue;
    if (!byPath.has(p)) failures.push(`${htmlPath} loads ${url}, which is not in out/`);
    else assets.push(p);
  }
  // Fonts: the faces of the page's stylesheets whose unicode-range covers some of the page's text.
  const faces = assets
    .filter((p) => p.endsWith('.css'))
    .flatMap((p) => fontFaces(byPath.get(p).text).map((face) => ({ ...face, url: face.url && urlToOutPath(face.url, `/${p}`) })));
  const initialScripts = assets.filter((p) => /\.m?js$/.test(p)).map((p) => byPath.get(p).text);
  const characters = pageCharacters(html, initialScripts);
  const used = usedFaces(faces, characters).filter((f) => f.url && byPath.has(f.url));
  for (const face of faces) {
    if (face.url && !byPath.has(face.url)) failures.push(`a stylesheet of ${htmlPath} names the font ${face.url}, which is not in out/`);
    if (face.url && inRanges(face.unicodeRange, ARABIC_PROBE)) fontGroups.Arabic.add(face.url);
    if (face.url && inRanges(face.unicodeRange, LATIN_PROBE)) fontGroups.Latin.add(face.url);
  }
  const fontPaths = [...new Set(used.map((f) => f.url))];
  const beforeMap = [...new Set([htmlPath, ...assets, ...fontPaths])];
  parts.push({ name: `/${lang}/ before the map`, files: beforeMap, gzip: sum(beforeMap), limitKiB: BUDGETS_KIB.beforeMap });

  // Everything: what the page's scripts and styles name, transitively (lazy chunks, worker, basemap, fonts).
  const loadable = (p) => /\.(m?js|css)$/.test(p);
  const closure = reachable(assets, graph, loadable);
  const everything = [...new Set([...beforeMap, ...[...closure].filter((p) => byPath.has(p) && !isEntry(p))])];
  const worker = everything.find((p) => /maplibre-gl-worker[^/]*\.mjs$/.test(p));
  if (!worker) failures.push(`/${lang}/: no MapLibre worker (maplibre-gl-worker*.mjs) is named by the page's scripts`);
  if (!everything.includes(BASEMAP)) failures.push(`/${lang}/: ${BASEMAP} is not named by the page's scripts`);
  parts.push({ name: `/${lang}/ everything it loads`, files: everything, gzip: sum(everything), limitKiB: BUDGETS_KIB.everything });

  // Every character on the page must have a glyph in the font that claims it.
  const fontsByUrl = new Map(used.map((f) => [f.url, codePointsOf(f.url)]));
  const missing = missingGlyphs(used, characters, fontsByUrl);
  for (const m of missing) {
    const ch = String.fromCodePoint(m.codePoint);
    failures.push(
      `/${lang}/: "${ch}" (U+${m.codePoint.toString(16).toUpperCase().padStart(4, '0')}) is in the unicode-range of ${m.faces.join(', ')} (${m.variant}) but has no glyph there: add it to the font subset (geo/font-characters.ts)`,
    );
  }
  const unclaimed = [...characters].filter((cp) => !faces.some((f) => inRanges(f.unicodeRange, cp)));
  details.push(
    `/${lang}/: ${characters.size} characters on the page; fonts used: ${fontPaths.join(', ')}` +
      (unclaimed.length ? `; drawn by system fonts (no face claims them): ${String.fromCodePoint(...unclaimed)}` : ''),
  );
}

if (!byPath.has(BASEMAP)) failures.push(`${BASEMAP} is missing`);
else parts.push({ name: 'basemap', files: [BASEMAP], gzip: sum([BASEMAP]), limitKiB: BUDGETS_KIB.basemap });
for (const [language, urls] of Object.entries(fontGroups)) {
  const list = [...urls].filter((p) => byPath.has(p)).sort();
  if (!list.length) failures.push(`no ${language} font found in the pages' stylesheets`);
  else parts.push({ name: `${language} fonts`, files: list, gzip: sum(list), limitKiB: BUDGETS_KIB.fontsPerLanguage });
}

// 5. Files over the threshold that no entry point reaches.
const entries = files.filter((f) => isEntry(f.path)).map((f) => f.path);
const live = reachable(entries, graph);
const unreachable = files.filter((f) => f.bytes > BUDGETS_KIB.unreferencedFile * KIB && !live.has(f.path));
for (const f of unreachable) {
  failures.push(
    `${f.path} (${kib(f.bytes)}) is shipped but unused: no page, payload or file they load names it (other than as a Turbopack asset module no code requires). scripts/postbuild.mjs prunes such files; was it skipped?`,
  );
}
const orphans = all.filter((p) => COMPRESSED.test(p) && !byPath.has(p.replace(COMPRESSED, '')));
for (const p of orphans) failures.push(`${p} is a compressed copy of a file that is not in out/`);

// Report.
const budget = evaluateBudgets(parts);
const shown = path.relative(process.cwd(), OUT);
console.log(`size: budgets for ${!shown || shown.startsWith('..') ? OUT : shown}/ (gzip -9 of each file)\n`);
console.log(
  formatTable(
    ['part', 'files', 'raw', 'gzip', 'budget', ''],
    budget.rows.map((r) => [r.name, r.files.length, kib(raw(r.files)), kib(r.gzip), `${r.limitKiB} KiB`, r.ok ? 'ok' : 'OVER']),
    [1, 2, 3, 4],
  ),
);
console.log('\nWhat each part weighs, file by file:');
for (const r of budget.rows) {
  console.log(`\n${r.name}`);
  const rows = [...r.files].sort((a, b) => gz(b) - gz(a)).map((p) => [`  ${p}`, kib(byPath.get(p).bytes), kib(gz(p))]);
  console.log(formatTable(['  file', 'raw', 'gzip'], rows, [1, 2]));
}
const big = files.filter((f) => f.bytes > BUDGETS_KIB.unreferencedFile * KIB);
console.log(`\nFiles over ${BUDGETS_KIB.unreferencedFile} KiB: ${big.length}, all reachable from a page: ${unreachable.length ? 'NO' : 'yes'}`);
for (const line of details) console.log(line);

const allFailures = [...failures, ...budget.failures];
if (allFailures.length) {
  console.error(`\n✗ size check failed:\n${allFailures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('\n✓ size: every budget and check passes');
