#!/usr/bin/env node
/**
 * `npm run bench`: builds the site, serves out/ as `npm start` does (scripts/serve.mjs: brotli/gzip,
 * precompressed files), runs Lighthouse with the mobile (default) and desktop presets, several runs
 * each, on /ar/ and /en/, and prints the medians with the machine's load before and after; then what
 * the live map costs once a reader engages (scripts/lib/engaged-map.mjs), which Lighthouse never does. Raw
 * figures go to bench-results/<timestamp>.json (gitignored). It never fails on a time: the figures
 * are for comparing, and they depend on the machine (software WebGL here; see README, Performance).
 *
 *   node scripts/bench.mjs [--no-build] [--runs 3] [--pages ar,en] [--presets mobile,desktop] [--save-lhr]
 *                          [--chrome-flags "--use-angle=swiftshader"]
 *
 * On a shared machine, take the build lock for the whole run:  flock /tmp/story-build.lock npm run bench
 * Environment: CHROME_PATH (default /usr/bin/chromium when it exists).
 */
import { spawn, spawnSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchRow, BENCH_HEADERS, BENCH_RIGHT, diagnosticsOf, figuresOf, medianFigures } from './lib/lighthouse-figures.mjs';
import { formatTable, median } from './lib/report.mjs';
import { VIEWPORTS, launchForEngagedMap, measureEngagedMap } from './lib/engaged-map.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const RUNS = Number(option('runs', '3'));
const PAGES = option('pages', 'ar,en').split(',');
const PRESETS = option('presets', 'mobile,desktop').split(',');
const BUILD = !args.includes('--no-build');
const SAVE_LHR = args.includes('--save-lhr');
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // e.g. --chrome-flags=--use-angle=swiftshader: GPU compositing through SwiftShader (see README, Performance).
  ...option('chrome-flags', '').split(/\s+/).filter(Boolean),
];
if (!process.env.CHROME_PATH && existsSync('/usr/bin/chromium')) process.env.CHROME_PATH = '/usr/bin/chromium';

function machineLoad() {
  let uptime = null;
  try {
    uptime = execSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    // Not every system has uptime(1); os.loadavg() is enough.
  }
  return { at: new Date().toISOString(), loadavg: os.loadavg().map((n) => Number(n.toFixed(2))), uptime };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function serve(port) {
  const child = spawn(process.execPath, ['scripts/serve.mjs', 'out', '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`scripts/serve.mjs exited with ${code}`)));
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes('Serving')) resolve();
    });
  });
  return child;
}

async function main() {
  const loadBefore = machineLoad();
  console.log(`bench: load before: ${loadBefore.uptime ?? loadBefore.loadavg.join(' ')}`);
  if (BUILD) {
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) {
      console.error('bench: the build failed');
      process.exit(1);
    }
  } else if (!existsSync('out/ar/index.html')) {
    console.error('bench: out/ is missing: run without --no-build, or `npm run build` first');
    process.exit(1);
  }

  // chrome-launcher is Lighthouse's own dependency: resolve it from Lighthouse's folder.
  const require = createRequire(import.meta.url);
  const launcherPath = require.resolve('chrome-launcher', { paths: [path.dirname(require.resolve('lighthouse/package.json'))] });
  const [{ default: lighthouse }, chromeLauncher, { default: desktopConfig }] = await Promise.all([
    import('lighthouse'),
    import(pathToFileURL(launcherPath).href),
    import('lighthouse/core/config/desktop-config.js'),
  ]);
  const configs = { mobile: undefined, desktop: desktopConfig };

  const port = await freePort();
  const server = await serve(port);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const runs = [];
  const engaged = [];
  const total = RUNS * PRESETS.length * PAGES.length;
  try {
    // Round-robin, so that a burst of load elsewhere spreads over every page and preset.
    for (let run = 1; run <= RUNS; run++) {
      for (const preset of PRESETS) {
        for (const page of PAGES) {
          const url = `http://localhost:${port}/${page}/`;
          const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH, chromeFlags: CHROME_FLAGS });
          const started = Date.now();
          let record;
          try {
            const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }, configs[preset]);
            const lhr = result.lhr;
            record = {
              page,
              preset,
              run,
              seconds: (Date.now() - started) / 1000,
              loadavg: os.loadavg().map((n) => Number(n.toFixed(2))),
              runtimeError: lhr.runtimeError?.message ?? null,
              benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
              userAgent: lhr.environment?.hostUserAgent ?? null,
              figures: figuresOf(lhr),
              diagnostics: diagnosticsOf(lhr),
            };
            if (SAVE_LHR) {
              mkdirSync('bench-results', { recursive: true });
              writeFileSync(path.join('bench-results', `${stamp}-${page}-${preset}-${run}.lhr.json`), result.report);
            }
          } catch (error) {
            record = { page, preset, run, seconds: (Date.now() - started) / 1000, error: String(error?.message ?? error), figures: null };
          } finally {
            await chrome.kill();
          }
          runs.push(record);
          const f = record.figures;
          console.log(
            `bench: ${runs.length}/${total} /${page}/ ${preset} run ${run}: ` +
              (f ? `perf ${f.performance} LCP ${Math.round(f.lcp)} ms TBT ${Math.round(f.tbt)} ms CLS ${f.cls?.toFixed(3)}` : `error: ${record.error}`) +
              ` (${record.seconds.toFixed(0)} s, load ${os.loadavg()[0].toFixed(2)})`,
          );
        }
      }
    }
    // After Lighthouse: the map once the reader engages (phone and desktop sizes, no throttling).
    const browser = await launchForEngagedMap(process.env.CHROME_PATH, CHROME_FLAGS);
    try {
      for (let run = 1; run <= RUNS; run++) {
        for (const [viewport, options] of Object.entries(VIEWPORTS)) {
          for (const page of PAGES) {
            const figures = await measureEngagedMap(browser, `http://localhost:${port}/${page}/`, options).catch((error) => ({ error: String(error?.message ?? error) }));
            engaged.push({ page, viewport, run, ...figures });
            console.log(`bench: engaged map /${page}/ ${viewport} run ${run}: ${figures.error ?? `ready in ${figures.readyMs} ms, blocking ${figures.blockingMs} ms, longest task ${figures.longestMs} ms`}`);
          }
        }
      }
    } finally {
      await browser.close();
    }
  } finally {
    server.kill();
  }
  const loadAfter = machineLoad();

  const medians = [];
  for (const page of PAGES) {
    for (const preset of PRESETS) {
      const ok = runs.filter((r) => r.page === page && r.preset === preset && r.figures);
      medians.push({ page, preset, runs: ok.length, figures: medianFigures(ok.map((r) => r.figures)) });
    }
  }

  console.log(`\nLighthouse ${RUNS} runs each, medians (served compressed by scripts/serve.mjs; ${os.cpus().length} CPUs):`);
  console.log(`Chromium ${process.env.CHROME_PATH ?? '(chrome-launcher default)'} ${CHROME_FLAGS.join(' ')}\n`);
  console.log(formatTable(BENCH_HEADERS, medians.map((m) => benchRow(`/${m.page}/`, m.preset, m.runs, m.figures)), BENCH_RIGHT));

  // Where the main thread went, in the run closest to the median TBT: proves (or not) that the map dominates.
  console.log('\nMain thread, run with the median TBT (Lighthouse mainthread-work-breakdown and bootup-time):');
  for (const m of medians) {
    const ok = runs.filter((r) => r.page === m.page && r.preset === m.preset && r.figures);
    if (!ok.length) continue;
    const mid = median(ok.map((r) => r.figures.tbt));
    const run = ok.reduce((best, r) => (Math.abs(r.figures.tbt - mid) < Math.abs(best.figures.tbt - mid) ? r : best));
    const groups = run.diagnostics.mainThreadByCategory.slice(0, 4).map((g) => `${g.group} ${g.ms} ms`).join(', ');
    const scripts = run.diagnostics.bootupByScript
      .slice(0, 3)
      .map((s) => `${s.url.replace(/^https?:\/\/[^/]+/, '')} ${s.totalMs} ms`)
      .join(', ');
    const longest = run.diagnostics.longTasks.slice(0, 3).map((t) => `${t.ms} ms`).join(', ');
    const phases = Object.entries(run.diagnostics.lcpPhases).map(([phase, ms]) => `${phase} ${ms} ms`).join(', ');
    console.log(`  /${m.page}/ ${m.preset}: ${groups}\n      by script: ${scripts}\n      longest tasks: ${longest || 'none'}`);
    console.log(`      LCP element: ${run.diagnostics.lcpElement ?? '?'}${phases ? ` (${phases})` : ''}`);
  }

  console.log('\nThe live map once the reader engages (one mouse-wheel scroll; unthrottled; medians). Lighthouse never engages, so none of this is in its figures:');
  const engagedRows = [];
  for (const viewport of Object.keys(VIEWPORTS)) {
    for (const page of PAGES) {
      const ok = engaged.filter((e) => e.page === page && e.viewport === viewport && !e.error);
      const mid = (key) => (ok.length ? `${Math.round(median(ok.map((e) => e[key])))} ms` : '–');
      engagedRows.push([`/${page}/`, viewport, String(ok.length), mid('readyMs'), mid('blockingMs'), mid('longestMs')]);
    }
  }
  console.log(formatTable(['page', 'viewport', 'runs', 'scroll → map ready', 'blocking (tasks over 50 ms)', 'longest task'], engagedRows, [2, 3, 4, 5]));

  console.log('\nPoints lost in accessibility, best practices and SEO (failed weighted audits, any run):');
  for (const m of medians) {
    const failed = new Map();
    for (const r of runs.filter((x) => x.page === m.page && x.preset === m.preset && x.diagnostics)) {
      for (const a of r.diagnostics.failedAudits) failed.set(a.id, `${a.id} (${a.category}): ${a.title}`);
    }
    console.log(`  /${m.page}/ ${m.preset}: ${failed.size ? [...failed.values()].join('; ') : 'none'}`);
  }

  console.log(`\nload before: ${loadBefore.uptime ?? loadBefore.loadavg.join(' ')}`);
  console.log(`load after:  ${loadAfter.uptime ?? loadAfter.loadavg.join(' ')}`);

  mkdirSync('bench-results', { recursive: true });
  const file = path.join('bench-results', `${stamp}.json`);
  const { version: lighthouseVersion } = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('lighthouse/package.json'), 'utf8'));
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        startedAt: loadBefore.at,
        finishedAt: loadAfter.at,
        machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? null, totalMemory: os.totalmem(), platform: `${os.platform()} ${os.release()}` },
        node: process.version,
        lighthouse: lighthouseVersion,
        chromePath: process.env.CHROME_PATH ?? null,
        chromeFlags: CHROME_FLAGS,
        loadBefore,
        loadAfter,
        medians,
        runs,
        engaged,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nbench: raw figures in ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
