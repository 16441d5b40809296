/** Types for lighthouse-figures.mjs. */
export interface Figures {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  fcp: number | null;
  lcp: number | null;
  tbt: number | null;
  cls: number | null;
  speedIndex: number | null;
  bytes: number | null;
  jsBytes: number | null;
}
export function figuresOf(lhr: unknown): Figures;
export function diagnosticsOf(lhr: unknown): {
  mainThreadByCategory: { group: string; ms: number }[];
  bootupByScript: { url: string; totalMs: number; scriptingMs: number; parseMs: number }[];
  longTasks: { url: string; startMs: number; ms: number }[];
  lcpElement: string | null;
  lcpPhases: Record<string, number>;
  layoutShifts: { score: number; node: string | null }[];
  requests: { url: string; status: number; type: string; transferSize: number }[];
  failedAudits: FailedAudit[];
};
export interface FailedAudit {
  category: string;
  id: string;
  title: string;
  score: number;
}
export function failedAudits(lhr: unknown): FailedAudit[];
export function medianFigures(runs: Partial<Figures>[]): Record<string, number | null>;
export function benchRow(page: string, preset: string, runs: number, medians: Record<string, number | null>): string[];
export const BENCH_HEADERS: string[];
export const BENCH_RIGHT: number[];
