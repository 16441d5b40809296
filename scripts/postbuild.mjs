#!/usr/bin/env node
/**
 * After `next build` (and add-csp):
 *  1. removes the files the export ships but no page can use. Turbopack copies MapLibre's whole
 *     dist/ folder (~4.8 MB: the -dev bundles, a second copy of the main bundle and its CSS) into
 *     _next/static/media/ because maplibre-gl.mjs builds a URL from `./${name}`; only the worker the
 *     app names with setWorkerUrl is fetched. Only proven-unused files go (scripts/lib/out-graph.mjs):
 *     media copies and source maps that no file names, or that are named only by Turbopack asset
 *     modules whose id no code requires (or requires only in MapLibre's default-worker fallback,
 *     which setWorkerUrl bypasses), or only by other such files.
 *  2. precompresses text assets so the server (or a CDN) can send them without work.
 *
 *   node scripts/postbuild.mjs [outDir] [--keep-unused]
 */
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { COMPRESSED, TEXT_FILE, unusedFiles } from './lib/out-graph.mjs';

const args = process.argv.slice(2);
const OUT = args.find((a) => !a.startsWith('--')) ?? 'out';
const COMPRESSIBLE = /\.(html|js|mjs|css|json|geojson|svg|txt|xml|webmanifest)$/;

function* files(dir) {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) yield* files(full);
    else yield full;
  }
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

if (!args.includes('--keep-unused')) {
  const listed = [...files(OUT)]
    .map((full) => ({ full, path: path.relative(OUT, full).split(path.sep).join('/') }))
    .filter((f) => !COMPRESSED.test(f.path))
    .map((f) => ({ path: f.path, bytes: statSync(f.full).size, text: TEXT_FILE.test(f.path) ? readFileSync(f.full, 'utf8') : null }));
  const unused = unusedFiles(listed);
  for (const file of unused) {
    for (const suffix of ['', '.br', '.gz']) rmSync(path.join(OUT, `${file.path}${suffix}`), { force: true });
    console.log(`postbuild: removed ${file.path} (${kib(file.bytes)}): ${file.reason}`);
  }
  const total = unused.reduce((sum, f) => sum + f.bytes, 0);
  console.log(`postbuild: removed ${unused.length} unused files (${kib(total)})`);
}

let count = 0;
for (const file of files(OUT)) {
  if (!COMPRESSIBLE.test(file) || statSync(file).size < 512) continue;
  const body = readFileSync(file);
  writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
  count++;
}
console.log(`postbuild: precompressed ${count} files in ${OUT}/ (.br and .gz)`);
