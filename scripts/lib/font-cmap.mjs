/**
 * The characters a font file can draw (its cmap), read from WOFF2 or plain TrueType/OpenType
 * with nothing but node:zlib: WOFF2 keeps the cmap table untransformed inside one Brotli stream.
 */
import { brotliDecompressSync } from 'node:zlib';

/** WOFF2's known table tags, by the index its table directory uses. */
const KNOWN_TAGS = [
  'cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post', 'cvt ', 'fpgm', 'glyf', 'loca', 'prep', 'CFF ', 'VORG', 'EBDT',
  'EBLC', 'gasp', 'hdmx', 'kern', 'LTSH', 'PCLT', 'VDMX', 'vhea', 'vmtx', 'BASE', 'GDEF', 'GPOS', 'GSUB', 'EBSC', 'JSTF', 'MATH',
  'CBDT', 'CBLC', 'COLR', 'CPAL', 'SVG ', 'sbix', 'acnt', 'avar', 'bdat', 'bloc', 'bsln', 'cvar', 'fdsc', 'feat', 'fmtx', 'fvar',
  'gvar', 'hsty', 'just', 'lcar', 'mort', 'morx', 'opbd', 'prop', 'trak', 'Zapf', 'Silf', 'Glat', 'Gloc', 'Feat', 'Sill',
];

function readBase128(buffer, offset) {
  let value = 0;
  for (let i = 0; i < 5; i++) {
    const byte = buffer[offset + i];
    if (i === 0 && byte === 0x80) throw new Error('woff2: UIntBase128 with a leading zero');
    value = value * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) return { value, next: offset + i + 1 };
  }
  throw new Error('woff2: UIntBase128 longer than 5 bytes');
}

/** The raw bytes of one table of a WOFF2 file, or null. */
function woff2Table(buffer, wanted) {
  const numTables = buffer.readUInt16BE(12);
  const compressedLength = buffer.readUInt32BE(20);
  let offset = 48;
  const tables = [];
  for (let i = 0; i < numTables; i++) {
    const flags = buffer[offset++];
    let tag;
    if ((flags & 0x3f) === 0x3f) {
      tag = buffer.toString('latin1', offset, offset + 4);
      offset += 4;
    } else tag = KNOWN_TAGS[flags & 0x3f];
    const version = flags >> 6;
    const original = readBase128(buffer, offset);
    offset = original.next;
    let length = original.value;
    // glyf and loca are transformed unless version 3; other tables only when version is not 0.
    const transformed = tag === 'glyf' || tag === 'loca' ? version === 0 : version !== 0;
    if (transformed) {
      const transform = readBase128(buffer, offset);
      offset = transform.next;
      length = transform.value;
    }
    tables.push({ tag, length, transformed });
  }
  if (buffer.toString('latin1', 4, 8) === 'ttcf') throw new Error('woff2: font collections are not supported');
  const data = brotliDecompressSync(buffer.subarray(offset, offset + compressedLength));
  let at = 0;
  for (const table of tables) {
    if (table.tag === wanted) return table.transformed ? null : data.subarray(at, at + table.length);
    at += table.length;
  }
  return null;
}

function sfntTable(buffer, wanted) {
  const numTables = buffer.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const record = 12 + i * 16;
    if (buffer.toString('latin1', record, record + 4) === wanted) {
      const offset = buffer.readUInt32BE(record + 8);
      return buffer.subarray(offset, offset + buffer.readUInt32BE(record + 12));
    }
  }
  return null;
}

/** The code points of a cmap subtable in format 4 or 12 (the two that fonts for the web use). */
function subtableCodePoints(cmap, offset) {
  const points = new Set();
  const format = cmap.readUInt16BE(offset);
  if (format === 4) {
    const segments = cmap.readUInt16BE(offset + 6) / 2;
    const ends = offset + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const rangeOffsets = deltas + segments * 2;
    for (let s = 0; s < segments; s++) {
      const end = cmap.readUInt16BE(ends + s * 2);
      const start = cmap.readUInt16BE(starts + s * 2);
      const delta = cmap.readUInt16BE(deltas + s * 2);
      const rangeOffset = cmap.readUInt16BE(rangeOffsets + s * 2);
      for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
        let glyph;
        if (rangeOffset === 0) glyph = (cp + delta) & 0xffff;
        else {
          const at = rangeOffsets + s * 2 + rangeOffset + (cp - start) * 2;
          glyph = cmap.readUInt16BE(at);
          if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
        }
        if (glyph !== 0) points.add(cp);
      }
    }
  } else if (format === 12) {
    const groups = cmap.readUInt32BE(offset + 12);
    for (let g = 0; g < groups; g++) {
      const group = offset + 16 + g * 12;
      const start = cmap.readUInt32BE(group);
      const end = cmap.readUInt32BE(group + 4);
      const firstGlyph = cmap.readUInt32BE(group + 8);
      for (let cp = start; cp <= end; cp++) if (firstGlyph + (cp - start) !== 0) points.add(cp);
    }
  }
  return points;
}

/** The Unicode code points a font (WOFF2 or TrueType/OpenType) maps to a glyph. */
export function fontCodePoints(buffer) {
  const signature = buffer.toString('latin1', 0, 4);
  const cmap = signature === 'wOF2' ? woff2Table(buffer, 'cmap') : sfntTable(buffer, 'cmap');
  if (!cmap) throw new Error(`font: no readable cmap table (signature ${JSON.stringify(signature)})`);
  const points = new Set();
  const count = cmap.readUInt16BE(2);
  for (let i = 0; i < count; i++) {
    const platform = cmap.readUInt16BE(4 + i * 8);
    const encoding = cmap.readUInt16BE(6 + i * 8);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode) for (const cp of subtableCodePoints(cmap, cmap.readUInt32BE(8 + i * 8))) points.add(cp);
  }
  return points;
}
