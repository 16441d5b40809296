/** @jest-environment node */
import { evaluateBudgets, formatTable, gzipSize, kib, median } from '../../scripts/lib/report.mjs';
import { BENCH_HEADERS, benchRow, diagnosticsOf, figuresOf, medianFigures } from '../../scripts/lib/lighthouse-figures.mjs';

describe('evaluateBudgets', () => {
  it('passes parts within their budget and explains the ones over it', () => {
    const { rows, failures } = evaluateBudgets([
      { name: 'basemap', files: ['a'], gzip: 80 * 1024, limitKiB: 80 },
      { name: 'fonts', files: ['b', 'c'], gzip: 61 * 1024, limitKiB: 60 },
    ]);
    expect(rows.map((r) => r.ok)).toEqual([true, false]);
    expect(failures).toEqual(['fonts: 61.0 KiB gzip is over its budget of 60 KiB by 1.0 KiB']);
  });
});

describe('gzipSize and kib', () => {
  it('is deterministic and smaller than repetitive input', () => {
    const text = 'abc'.repeat(10_000);
    expect(gzipSize(text)).toBe(gzipSize(Buffer.from(text)));
    expect(gzipSize(text)).toBeLessThan(200);
    expect(kib(1536)).toBe('1.5 KiB');
  });
});

describe('formatTable', () => {
  it('pads columns and right-aligns the numeric ones', () => {
    expect(formatTable(['part', 'gzip'], [['a', '1 KiB'], ['longer', '10 KiB']], [1])).toBe(
      ['part      gzip', '------  ------', 'a        1 KiB', 'longer  10 KiB'].join('\n'),
    );
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones, ignoring missing values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([null, 5, undefined])).toBe(5);
    expect(median([])).toBeNull();
  });
});

/** The parts of a Lighthouse result (LHR) that the bench reads. */
function lhr(perf: number, lcp: number, tbt: number) {
  return {
    categories: {
      performance: { score: perf },
      accessibility: { score: 1 },
      'best-practices': { score: 0.96, auditRefs: [{ id: 'errors-in-console', weight: 1 }, { id: 'inspector-issues', weight: 0 }] },
      seo: { score: 1 },
    },
    audits: {
      'first-contentful-paint': { numericValue: 900 },
      'largest-contentful-paint': { numericValue: lcp },
      'total-blocking-time': { numericValue: tbt },
      'cumulative-layout-shift': { numericValue: 0.004 },
      'speed-index': { numericValue: 1200 },
      'total-byte-weight': { numericValue: 700_000 },
      'resource-summary': { details: { items: [{ resourceType: 'total', transferSize: 700_000 }, { resourceType: 'script', transferSize: 500_000 }] } },
      'mainthread-work-breakdown': { details: { items: [{ group: 'scriptEvaluation', groupLabel: 'Script Evaluation', duration: 812.4 }] } },
      'bootup-time': { details: { items: [{ url: 'http://localhost/_next/static/chunks/m.js', total: 700.2, scripting: 650, scriptParseCompile: 20 }] } },
      'long-tasks': { details: { items: [{ url: 'http://localhost/_next/static/chunks/m.js', startTime: 1500, duration: 420 }] } },
      'largest-contentful-paint-element': {
        details: {
          type: 'list',
          items: [
            { type: 'table', items: [{ node: { snippet: '<p class="masthead__dek">' } }] },
            { type: 'table', items: [{ phase: 'TTFB', timing: 600.4 }, { phase: 'Render Delay', timing: 800 }] },
          ],
        },
      },
      'errors-in-console': { score: 0, title: 'Browser errors were logged to the console' },
      'inspector-issues': { score: 0, title: 'Issues were logged' },
      'network-requests': { details: { items: [{ url: 'http://localhost/ar/', statusCode: 200, resourceType: 'Document', transferSize: 30_000 }] } },
    },
  };
}

describe('figuresOf, diagnosticsOf, medianFigures, benchRow', () => {
  it('keeps the scores (0–100), the metrics and the script bytes', () => {
    expect(figuresOf(lhr(0.91, 1400, 250))).toEqual({
      performance: 91,
      accessibility: 100,
      bestPractices: 96,
      seo: 100,
      fcp: 900,
      lcp: 1400,
      tbt: 250,
      cls: 0.004,
      speedIndex: 1200,
      bytes: 700_000,
      jsBytes: 500_000,
    });
    expect(figuresOf({ categories: {}, audits: {} }).performance).toBeNull();
  });

  it('keeps where the main thread went', () => {
    const d = diagnosticsOf(lhr(0.5, 1, 1));
    expect(d.mainThreadByCategory).toEqual([{ group: 'Script Evaluation', ms: 812 }]);
    expect(d.bootupByScript[0]).toEqual({ url: 'http://localhost/_next/static/chunks/m.js', totalMs: 700, scriptingMs: 650, parseMs: 20 });
    expect(d.longTasks[0]!.ms).toBe(420);
    expect(d.lcpElement).toBe('<p class="masthead__dek">');
    expect(d.lcpPhases).toEqual({ TTFB: 600, 'Render Delay': 800 });
    expect(d.requests).toHaveLength(1);
    // Only weighted audits count (inspector-issues has weight 0).
    expect(d.failedAudits).toEqual([{ category: 'best-practices', id: 'errors-in-console', title: 'Browser errors were logged to the console', score: 0 }]);
  });

  it('takes medians across runs and formats a row', () => {
    const m = medianFigures([figuresOf(lhr(0.9, 1400, 200)), figuresOf(lhr(0.8, 1800, 400)), figuresOf(lhr(0.95, 1300, 100))]);
    expect(m.performance).toBe(90);
    expect(m.lcp).toBe(1400);
    const row = benchRow('/ar/', 'mobile', 3, m);
    expect(row).toHaveLength(BENCH_HEADERS.length);
    expect(row.slice(0, 4)).toEqual(['/ar/', 'mobile', '3', '90']);
    expect(row[8]).toBe('1.40 s');
    expect(row[9]).toBe('200 ms');
    expect(row[10]).toBe('0.004');
  });
});
