/** The figures scripts/bench.mjs keeps from a Lighthouse result (LHR), and their medians. Pure functions. */
import { median } from './report.mjs';

const CATEGORIES = { performance: 'performance', accessibility: 'accessibility', bestPractices: 'best-practices', seo: 'seo' };
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndex: 'speed-index',
  bytes: 'total-byte-weight',
};

/** Scores (0–100) and metrics (ms, bytes; CLS unitless) of one run; null where Lighthouse gave none. */
export function figuresOf(lhr) {
  const figures = {};
  for (const [key, id] of Object.entries(CATEGORIES)) {
    const score = lhr.categories?.[id]?.score;
    figures[key] = typeof score === 'number' ? Math.round(score * 100) : null;
  }
  for (const [key, id] of Object.entries(METRICS)) {
    const value = lhr.audits?.[id]?.numericValue;
    figures[key] = typeof value === 'number' ? value : null;
  }
  const scripts = lhr.audits?.['resource-summary']?.details?.items?.find((item) => item.resourceType === 'script');
  figures.jsBytes = typeof scripts?.transferSize === 'number' ? scripts.transferSize : null;
  return figures;
}

/** Where the main thread's time went: by category, by script, the longest tasks, and what was fetched. */
export function diagnosticsOf(lhr) {
  const items = (id) => lhr.audits?.[id]?.details?.items ?? [];
  return {
    mainThreadByCategory: items('mainthread-work-breakdown').map((i) => ({ group: i.groupLabel ?? i.group, ms: Math.round(i.duration) })),
    bootupByScript: items('bootup-time')
      .map((i) => ({ url: i.url, totalMs: Math.round(i.total), scriptingMs: Math.round(i.scripting), parseMs: Math.round(i.scriptParseCompile) }))
      .slice(0, 10),
    longTasks: items('long-tasks')
      .map((i) => ({ url: i.url, startMs: Math.round(i.startTime), ms: Math.round(i.duration) }))
      .slice(0, 10),
    lcpElement: items('largest-contentful-paint-element')[0]?.items?.[0]?.node?.snippet ?? items('largest-contentful-paint-element')[0]?.node?.snippet ?? null,
    // TTFB, load delay, load time, render delay (a text LCP has only TTFB and render delay).
    lcpPhases: Object.fromEntries(
      items('largest-contentful-paint-element')
        .flatMap((table) => table.items ?? [])
        .filter((i) => typeof i.phase === 'string')
        .map((i) => [i.phase, Math.round(i.timing)]),
    ),
    layoutShifts: items('layout-shifts').map((i) => ({ score: i.score, node: i.node?.snippet ?? null })),
    requests: items('network-requests').map((i) => ({ url: i.url, status: i.statusCode, type: i.resourceType, transferSize: i.transferSize })),
    failedAudits: failedAudits(lhr),
  };
}

/** The weighted audits that cost accessibility, best-practices or SEO points. */
export function failedAudits(lhr) {
  const failed = [];
  for (const id of ['accessibility', 'best-practices', 'seo']) {
    for (const ref of lhr.categories?.[id]?.auditRefs ?? []) {
      const audit = lhr.audits?.[ref.id];
      if (ref.weight > 0 && typeof audit?.score === 'number' && audit.score < 1) failed.push({ category: id, id: ref.id, title: audit.title ?? ref.id, score: audit.score });
    }
  }
  return failed;
}

/** Median of every figure across runs. */
export function medianFigures(runs) {
  const keys = [...new Set(runs.flatMap((r) => Object.keys(r)))];
  return Object.fromEntries(keys.map((key) => [key, median(runs.map((r) => r[key]))]));
}

const ms = (v) => (v === null ? '–' : `${Math.round(v)} ms`);
const s = (v) => (v === null ? '–' : `${(v / 1000).toFixed(2)} s`);
const score = (v) => (v === null ? '–' : String(Math.round(v)));
const kb = (v) => (v === null ? '–' : `${(v / 1024).toFixed(0)} KiB`);

/** One table row of medians: page, preset, runs, the four scores, then the metrics. */
export function benchRow(page, preset, runs, m) {
  return [
    page,
    preset,
    String(runs),
    score(m.performance),
    score(m.accessibility),
    score(m.bestPractices),
    score(m.seo),
    s(m.fcp),
    s(m.lcp),
    ms(m.tbt),
    m.cls === null ? '–' : m.cls.toFixed(3),
    s(m.speedIndex),
    kb(m.bytes),
    kb(m.jsBytes),
  ];
}

export const BENCH_HEADERS = ['page', 'preset', 'runs', 'perf', 'a11y', 'best pr.', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'Speed Index', 'bytes', 'JS bytes'];
export const BENCH_RIGHT = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
