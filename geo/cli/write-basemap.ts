/**
 * Writes the generated basemap GeoJSON (minified) and prints its size.
 *
 *   npx tsx geo/cli/write-basemap.ts [outFile]
 *
 * `outFile` defaults to public/generated/basemap.geojson, relative to the
 * working directory (the project root in npm scripts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { toBasemap } from '../basemap';
import { BASEMAP_FILE } from '../load-basemap';

export const DEFAULT_BASEMAP_FILE = BASEMAP_FILE;

export interface WrittenBasemap {
  readonly file: string;
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

/** Builds the basemap, writes it to `outFile` (creating its directory) and reports sizes. */
export function writeBasemap(outFile: string = DEFAULT_BASEMAP_FILE): WrittenBasemap {
  const file = path.resolve(outFile);
  const json = JSON.stringify(toBasemap());
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, json);
  const written: WrittenBasemap = {
    file,
    rawBytes: Buffer.byteLength(json),
    gzipBytes: gzipSync(json).length,
  };
  console.log(`basemap: ${displayPath(file)} ${kib(written.rawBytes)} raw, ${kib(written.gzipBytes)} gzip`);
  return written;
}

/** Path relative to the working directory when inside it, absolute otherwise. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** True when this file is the script being run (not imported by another one). */
function isMainModule(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && path.resolve(entry) === fileURLToPath(import.meta.url);
}

if (isMainModule()) {
  writeBasemap(process.argv[2]);
}
