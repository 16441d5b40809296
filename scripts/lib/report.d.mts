/** Types for report.mjs. */
export interface BudgetPart {
  name: string;
  files: string[];
  gzip: number;
  limitKiB: number;
}
export const KIB: number;
export function gzipSize(buffer: Buffer | string): number;
export function kib(bytes: number): string;
export function evaluateBudgets<T extends BudgetPart>(parts: T[]): { rows: (T & { ok: boolean })[]; failures: string[] };
export function formatTable(headers: string[], rows: unknown[][], right?: number[]): string;
export function median(values: (number | null | undefined)[]): number | null;
