/** @jest-environment node */
import {
  deadAssetRegistrations,
  isEntry,
  mentionsOf,
  reachable,
  referenceGraph,
  referenceNames,
  turbopackAssets,
  unusedFiles,
  type OutFile,
} from '../../scripts/lib/out-graph.mjs';

const file = (path: string, text: string | null = '', bytes = 1000): OutFile => ({ path, bytes, text });

/** A small export shaped like Next 16 + Turbopack's: a page, its chunks, MapLibre's media copies. */
function exportLike(): OutFile[] {
  return [
    file('ar/index.html', '<script src="/_next/static/chunks/loader.js" async=""></script><script src="/_next/static/chunks/page.js" async=""></script>'),
    file('ar/index.txt', 'payload'),
    // The page sets the worker URL from asset module 61665 and loads MapLibre lazily.
    file('_next/static/chunks/page.js', 'let o=await e.A(10505);o.setWorkerUrl(new e.U(e.r(61665)).href);fetch("/generated/basemap.geojson")'),
    file(
      '_next/static/chunks/loader.js',
      '(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push(["object"==typeof document?document.currentScript:void 0,61665,t=>{t.q("/_next/static/media/maplibre-gl-worker.abc.mjs")},10505,t=>{t.v(s=>Promise.all(["static/chunks/assets.js","static/chunks/maplibre.js"].map(s=>t.l(s))))}]);',
    ),
    // Asset modules for every file of maplibre-gl/dist: only their URL strings.
    file(
      '_next/static/chunks/assets.js',
      '(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push(["object"==typeof document?document.currentScript:void 0,16839,e=>{e.q("/_next/static/media/maplibre-gl-dev.d1.mjs")},51776,e=>{e.q("/_next/static/media/maplibre-gl.m1.mjs")}]);',
    ),
    // MapLibre itself: requires 16839 only inside its default worker URL (bypassed by setWorkerUrl).
    file(
      '_next/static/chunks/maplibre.js',
      '(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push([null,12316,e=>{e.q("/_next/static/media/maplibre-gl.c1.css")},45818,e=>{let t=tB.WORKER_URL||function(){let t=Z.url;if(!/^https?:/.test(t))return"";t.endsWith("-dev.mjs");let i=new e.U(e.r(16839));return i.href}();}]);',
    ),
    file('_next/static/media/maplibre-gl-worker.abc.mjs', 'worker', 500_000),
    file('_next/static/media/maplibre-gl-dev.d1.mjs', 'new URL("maplibre-gl-worker-dev.w1.mjs", import.meta.url)', 2_400_000),
    file('_next/static/media/maplibre-gl-worker-dev.w1.mjs', 'dev worker', 1_200_000),
    file('_next/static/media/maplibre-gl.m1.mjs', 'main bundle copy', 1_100_000),
    file('_next/static/media/maplibre-gl.c1.css', '.maplibregl-map{}', 70_000),
    file('_next/static/chunks/page.js.map', '{}', 90_000),
    file('generated/basemap.geojson', '{}', 160_000),
    file('fonts/a.woff2', null, 11_000),
  ];
}

describe('mentionsOf', () => {
  it('finds a whole file name, not a part of a longer one', () => {
    expect(mentionsOf('src="/_next/static/chunks/a.js"', 'a.js')).toHaveLength(1);
    expect(mentionsOf('"static/chunks/ba.js"', 'a.js')).toHaveLength(0);
    expect(mentionsOf('//# sourceMappingURL=a.js.map', 'a.js')).toHaveLength(0);
    expect(mentionsOf('//# sourceMappingURL=a.js.map', 'a.js.map')).toHaveLength(1);
    expect(mentionsOf('url(/fonts/a.woff2)format("woff2")', 'a.woff2')).toHaveLength(1);
  });
});

describe('referenceNames', () => {
  it('uses the base name, with the folder when the base name is shared', () => {
    const names = referenceNames(['ar/index.html', 'en/index.html', '_next/static/chunks/x.js']);
    expect(names.get('ar/index.html')).toBe('ar/index.html');
    expect(names.get('_next/static/chunks/x.js')).toBe('x.js');
  });
});

describe('turbopackAssets', () => {
  it('reads asset modules with their ids and urls', () => {
    const assets = turbopackAssets(exportLike().find((f) => f.path.endsWith('assets.js'))!.text!);
    expect(assets.map((a) => [a.id, a.url])).toEqual([
      ['16839', '/_next/static/media/maplibre-gl-dev.d1.mjs'],
      ['51776', '/_next/static/media/maplibre-gl.m1.mjs'],
    ]);
  });
});

describe('deadAssetRegistrations', () => {
  it('keeps the worker the app requires and marks the others dead', () => {
    const dead = deadAssetRegistrations(exportLike());
    expect(dead.map((d) => d.id).sort()).toEqual(['12316', '16839', '51776']);
    expect(dead.find((d) => d.id === '16839')!.onlyInWorkerFallback).toBe(true);
  });

  it('keeps the fallback-only asset when nothing sets the worker URL', () => {
    const files = exportLike().map((f) => (f.path.endsWith('page.js') ? { ...f, text: 'e.r(61665)' } : f));
    expect(deadAssetRegistrations(files).map((d) => d.id)).not.toContain('16839');
  });

  it('keeps an asset whose id some code requires', () => {
    const files = [...exportLike(), file('_next/static/chunks/other.js', 'let u=e.r(51776);')];
    expect(deadAssetRegistrations(files).map((d) => d.id)).not.toContain('51776');
  });
});

describe('unusedFiles', () => {
  it('finds the media copies no code uses, the source maps nothing names, and keeps the rest', () => {
    const unused = unusedFiles(exportLike()).map((u) => u.path);
    expect(unused).toEqual([
      '_next/static/chunks/page.js.map',
      '_next/static/media/maplibre-gl-dev.d1.mjs',
      '_next/static/media/maplibre-gl-worker-dev.w1.mjs',
      '_next/static/media/maplibre-gl.c1.css',
      '_next/static/media/maplibre-gl.m1.mjs',
    ]);
  });

  it('never removes a file that a live file names', () => {
    const files = [...exportLike(), file('_next/static/chunks/uses-css.js', 'link("/_next/static/media/maplibre-gl.c1.css")')];
    expect(unusedFiles(files).map((u) => u.path)).not.toContain('_next/static/media/maplibre-gl.c1.css');
    const mapped = exportLike().map((f) => (f.path.endsWith('page.js') ? { ...f, text: `${f.text}\n//# sourceMappingURL=page.js.map` } : f));
    expect(unusedFiles(mapped).map((u) => u.path)).not.toContain('_next/static/chunks/page.js.map');
  });

  it('says why', () => {
    const reasons = Object.fromEntries(unusedFiles(exportLike()).map((u) => [u.path, u.reason]));
    expect(reasons['_next/static/media/maplibre-gl-dev.d1.mjs']).toMatch(/setWorkerUrl/);
    expect(reasons['_next/static/media/maplibre-gl-worker-dev.w1.mjs']).toMatch(/unused files/);
    expect(reasons['_next/static/chunks/page.js.map']).toBe('named by no file');
  });
});

describe('reachable', () => {
  it('follows live mentions from the entry points', () => {
    const files = exportLike();
    const graph = referenceGraph(files);
    const entries = files.map((f) => f.path).filter(isEntry);
    expect(entries).toEqual(['ar/index.html', 'ar/index.txt']);
    const live = reachable(entries, graph);
    expect(live).toContain('_next/static/media/maplibre-gl-worker.abc.mjs');
    expect(live).toContain('_next/static/chunks/maplibre.js');
    expect(live).toContain('generated/basemap.geojson');
    expect(live).not.toContain('_next/static/media/maplibre-gl-dev.d1.mjs');
    expect(live).not.toContain('_next/static/media/maplibre-gl.c1.css');
  });

  it('reads only the files `follow` allows', () => {
    const graph = referenceGraph(exportLike());
    const live = reachable(['ar/index.html'], graph, (p) => p.endsWith('.html'));
    expect([...live].sort()).toEqual(['_next/static/chunks/loader.js', '_next/static/chunks/page.js', 'ar/index.html']);
  });
});
