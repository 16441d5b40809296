/** Budgets and plain-text tables for scripts/size-report.mjs and scripts/bench.mjs. Pure functions. */
import { gzipSync } from 'node:zlib';

export const KIB = 1024;

/** Bytes after gzip at level 9: the budgets' deterministic measure (brotli from the server is smaller). */
export const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;

export const kib = (bytes) => `${(bytes / KIB).toFixed(1)} KiB`;

/**
 * Compares each part's gzip bytes with its limit (KiB). Returns the rows with `ok` and the list
 * of failures as sentences.
 */
export function evaluateBudgets(parts) {
  const rows = parts.map((part) => ({ ...part, ok: part.gzip <= part.limitKiB * KIB }));
  const failures = rows
    .filter((row) => !row.ok)
    .map((row) => `${row.name}: ${kib(row.gzip)} gzip is over its budget of ${row.limitKiB} KiB by ${kib(row.gzip - row.limitKiB * KIB)}`);
  return { rows, failures };
}

/** A fixed-width text table; numbers and sizes are right-aligned (columns listed in `right`). */
export function formatTable(headers, rows, right = []) {
  const cells = [headers, ...rows].map((row) => row.map((cell) => String(cell ?? '')));
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => [...row[i]].length)));
  const line = (row) =>
    row
      .map((cell, i) => (right.includes(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** The median of numbers (the mean of the two middle ones for an even count); null for none. */
export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
