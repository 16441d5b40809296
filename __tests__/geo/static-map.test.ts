/**
 * @jest-environment node
 *
 * The static maps (geo/static-map.ts) with the real content and basemap: the projection is the
 * live map's camera, every step's places are in view and named in the page's language, links
 * keep their kind's look, each map fits its byte budget, and the OG images are written.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectToScreen } from '../../geo/camera';
import { intersects } from '../../geo/label-layout';
import { loadStory } from '../../geo/load-content';
import { toBasemap, type Basemap } from '../../geo/basemap';
import { LINK_STYLES } from '../../geo/palette';
import { LANGS, type Lang, type LngLat, type Story } from '../../geo/schema';
import { toStoryMapData, type StoryMapData } from '../../geo/story-view';
import {
  CLUSTER_DISTANCE,
  STATIC_MAP_BUDGET_BYTES,
  STATIC_MAP_SIZE,
  clipRing,
  encodePath,
  estimateTextWidth,
  pathPoints,
  toStaticMap,
  toStaticProjection,
  toSvgString,
  type StaticMapDrawing,
} from '../../geo/static-map';
import { toOgSvg, writeOgImages } from '../../geo/cli/write-og-images';
import { UI_STRINGS } from '../../components/story/strings';

let story: Story;
let basemap: Basemap;
const data = {} as Record<Lang, StoryMapData>;
/** Every step's map as the page draws it (with the key), per language. */
const drawings = {} as Record<Lang, StaticMapDrawing[]>;
const svgs = {} as Record<Lang, string[]>;

beforeAll(() => {
  story = loadStory();
  basemap = toBasemap();
  for (const lang of LANGS) {
    data[lang] = toStoryMapData(story, lang);
    drawings[lang] = data[lang].steps.map((_, i) => toStaticMap(data[lang], i, basemap, { legend: UI_STRINGS[lang].linkKinds }));
    svgs[lang] = drawings[lang].map((d, i) => toSvgString(d, { title: data[lang].steps[i]!.title }));
  }
});

/** [lang, chapter id, step index] for every step of both languages. */
const stepCases = () => LANGS.flatMap((lang) => loadStory().chapters[lang].map((c, i) => [lang, c.id, i] as const));

describe('projection', () => {
  it('is the live map camera: d3 Mercator lands within 0.5 px of projectToScreen, for every step', () => {
    for (const lang of LANGS) {
      for (const drawing of drawings[lang]) {
        const projection = toStaticProjection(drawing.camera, STATIC_MAP_SIZE);
        const points: LngLat[] = [
          ...data[lang].places.map((p) => p.lngLat),
          [-17, 14],
          [60, 45],
          [2.35, 48.86],
          [0, 0],
        ];
        for (const point of points) {
          const [x, y] = projection(point)!;
          const [ex, ey] = projectToScreen(point, drawing.camera, STATIC_MAP_SIZE);
          expect(Math.abs(x - ex)).toBeLessThan(0.5);
          expect(Math.abs(y - ey)).toBeLessThan(0.5);
        }
      }
    }
  });

  it('draws each place where projectToScreen puts it (to the 0.1 px the SVG is written at)', () => {
    const drawing = drawings.en[0]!;
    for (const place of drawing.map.places) {
      const lngLat = data.en.places.find((p) => p.id === place.id)!.lngLat;
      const [x, y] = projectToScreen(lngLat, drawing.camera, STATIC_MAP_SIZE);
      expect(Math.abs(place.x - x)).toBeLessThanOrEqual(0.05 + 1e-9);
      expect(Math.abs(place.y - y)).toBeLessThanOrEqual(0.05 + 1e-9);
    }
  });

  it('fits each step as the live map would (the same fitBounds, a smaller viewport)', () => {
    // Zooms between the whole story (~2.5) and a close-up: never the max zoom with Rabat in view.
    for (const drawing of drawings.en) {
      expect(drawing.camera.zoom).toBeGreaterThan(2);
      expect(drawing.camera.zoom).toBeLessThanOrEqual(10);
    }
  });
});

describe.each(stepCases())('%s step "%s"', (lang, _id, index) => {
  const drawing = () => drawings[lang][index]!;
  const step = () => data[lang].steps[index]!;

  it('shows every place of the step inside the map', () => {
    const active = drawing().map.places.filter((p) => p.active);
    expect(active.map((p) => p.id).sort()).toEqual([...step().places].sort());
    for (const p of active) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(STATIC_MAP_SIZE.width);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(STATIC_MAP_SIZE.height);
    }
  });

  it('names every place of the step exactly once, in the page language, without overlaps', () => {
    const frames = [drawing().map, ...(drawing().inset ? [drawing().inset!] : [])];
    const placeLabels = frames.flatMap((f) => f.labels.filter((l) => l.role === 'place'));
    const names = new Map(data[lang].places.map((p) => [p.id, p.name]));
    expect(placeLabels.map((l) => l.id.replace('place:', '')).sort()).toEqual([...step().places].sort());
    for (const label of placeLabels) {
      expect(label.text).toBe(names.get(label.id.replace('place:', '')));
      expect(label.rtl).toBe(lang === 'ar');
      if (lang === 'ar') expect(label.text).toMatch(/[\u0600-\u06FF]/);
      else expect(label.text).not.toMatch(/[\u0600-\u06FF]/);
    }
    for (const frame of frames) {
      const boxes = frame.labels.map((l) => l.box);
      boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(intersects(a, b)).toBe(false)));
      for (const box of boxes) {
        expect(box.x).toBeGreaterThanOrEqual(frame.rect.x);
        expect(box.y).toBeGreaterThanOrEqual(frame.rect.y);
        expect(box.x + box.width).toBeLessThanOrEqual(frame.rect.x + frame.rect.width);
        expect(box.y + box.height).toBeLessThanOrEqual(frame.rect.y + frame.rect.height);
      }
    }
  });

  it('draws each link once on the map, the step’s own in their kind’s colour and dash pattern', () => {
    const svg = svgs[lang][index]!;
    const insetStart = svg.indexOf('data-frame="inset"');
    const mapMarkup = svg.slice(svg.indexOf('data-frame="map"'), insetStart === -1 ? undefined : insetStart);
    const paths = [...mapMarkup.matchAll(/<path ([^>]*)data-link="([^"]+)"/g)].map((m) => ({ attrs: m[1]!, id: m[2]! }));
    // Links wholly outside the view are left out (clipped away); none is drawn twice.
    const ids = paths.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(data[lang].links.map((l) => l.id)).toEqual(expect.arrayContaining(ids));
    expect(ids).toEqual(expect.arrayContaining(step().links));
    const width = drawing().symbols.lineWidth;
    for (const id of step().links) {
      const link = data[lang].links.find((l) => l.id === id)!;
      const style = LINK_STYLES[link.kind];
      const { attrs } = paths.find((p) => p.id === id)!;
      expect(attrs).toContain(`stroke="${style.color}"`);
      const dash = /stroke-dasharray="([^"]+)"/.exec(attrs)?.[1];
      if (style.dash.length) expect(dash?.split(' ').map(Number)).toEqual(style.dash.map((n) => Math.round(n * width * 10) / 10));
      else expect(dash).toBeUndefined();
      expect(drawing().map.links.find((l) => l.id === id)!.active).toBe(true);
    }
    // Only the step's links are drawn at full strength, on top of the others.
    const activeIds = drawing().map.links.filter((l) => l.active).map((l) => l.id);
    expect(activeIds.sort()).toEqual([...step().links].sort());
  });

  it(`stays under the ${STATIC_MAP_BUDGET_BYTES / 1000} KB budget and writes no NaN`, () => {
    const svg = svgs[lang][index]!;
    expect(Buffer.byteLength(svg)).toBeLessThan(STATIC_MAP_BUDGET_BYTES);
    expect(svg).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe('places too close to tell apart', () => {
  it('get an inset where their dots no longer overlap, named there, that hides none of the step’s places', () => {
    // Steps that also show far-away places draw Doha and Lusail Stadium a few pixels apart.
    const withDohaAndLusail = drawings.en.filter((d, i) => {
      const at = (id: string) => d.map.places.find((p) => p.id === id);
      const doha = at('doha');
      const lusail = at('lusail-stadium');
      return data.en.steps[i]!.places.includes('doha') && data.en.steps[i]!.places.includes('lusail-stadium') && doha && lusail && Math.hypot(doha.x - lusail.x, doha.y - lusail.y) < CLUSTER_DISTANCE;
    });
    expect(withDohaAndLusail.length).toBeGreaterThan(0);
    for (const drawing of withDohaAndLusail) {
      const inset = drawing.inset!;
      expect(inset).not.toBeNull();
      expect(inset.placeIds).toEqual(expect.arrayContaining(['doha', 'lusail-stadium']));
      const at = (id: string) => inset.places.find((p) => p.id === id)!;
      const apart = Math.hypot(at('doha').x - at('lusail-stadium').x, at('doha').y - at('lusail-stadium').y);
      expect(apart).toBeGreaterThan(2 * drawing.symbols.dotRadius.active);
      // With only the two of them (no Manama to keep in the frame), far apart.
      if (inset.placeIds.length === 2) expect(apart).toBeGreaterThan(4 * CLUSTER_DISTANCE);
      expect(inset.labels.map((l) => l.text)).toEqual(expect.arrayContaining(['Doha', 'Lusail Stadium']));
      for (const place of drawing.map.places.filter((p) => p.active)) {
        const r = inset.rect;
        expect(place.x > r.x && place.x < r.x + r.width && place.y > r.y && place.y < r.y + r.height).toBe(false);
      }
    }
  });

  it('show the Doha → Lusail link in the inset, where it is long enough to carry its arrow', () => {
    const index = data.en.steps.findIndex((s) => s.id === 'lusail-visit');
    const inset = drawings.en[index]!.inset!;
    const link = inset.links.find((l) => l.id === 'doha-lusail-command-centre')!;
    expect(link.active).toBe(true);
    expect(inset.arrows.map((a) => a.id)).toContain('doha-lusail-command-centre');
  });

  it('a close-up step (Doha and Lusail Stadium alone) needs no inset', () => {
    const index = data.en.steps.findIndex((s) => s.id === 'qatar-cyber-threats');
    expect(drawings.en[index]!.inset).toBeNull();
  });

  it('a step whose places are apart has no inset', () => {
    const index = data.en.steps.findIndex((s) => s.id === 'cyber-agreement');
    expect(drawings.en[index]!.inset).toBeNull();
  });
});

describe('geometry helpers', () => {
  const extent = { x0: 0, y0: 0, x1: 100, y1: 50 };

  it('clipRing does not depend on ring orientation', () => {
    const ring: [number, number][] = [
      [-20, 10],
      [60, -30],
      [140, 20],
      [60, 90],
    ];
    const area = (r: [number, number][]) => Math.abs(r.reduce((s, [x, y], i) => s + x * r[(i + 1) % r.length]![1] - r[(i + 1) % r.length]![0] * y, 0) / 2);
    const forward = clipRing(ring, extent);
    const backward = clipRing([...ring].reverse(), extent);
    expect(area(forward)).toBeCloseTo(area(backward), 6);
    expect(area(forward)).toBeGreaterThan(0);
    expect(area(forward)).toBeLessThanOrEqual(100 * 50);
  });

  it('clipRing keeps the view when a ring surrounds it and drops rings outside it', () => {
    const around: [number, number][] = [
      [-10, -10],
      [110, -10],
      [110, 60],
      [-10, 60],
    ];
    const clipped = clipRing(around, extent);
    expect(Math.min(...clipped.map((p) => p[0]))).toBe(0);
    expect(Math.max(...clipped.map((p) => p[1]))).toBe(50);
    expect(clipRing([[200, 0], [210, 0], [205, 10]], extent)).toEqual([]);
  });

  it('encodePath writes relative tenths that pathPoints reads back', () => {
    const points: [number, number][] = [
      [10.04, 20.06],
      [10.55, 19.5],
      [0.3, -0.4],
      [123.44, 67.89],
    ];
    const d = encodePath([{ points, closed: false }]);
    expect(d).toBe('M10 20.1l.6-.6-10.3-19.9 123.1 68.3');
    expect(pathPoints(d)).toEqual([
      [10, 20.1],
      [10.6, 19.5],
      [0.3, -0.4],
      [123.4, 67.9],
    ]);
  });
});

describe('text width estimates', () => {
  // Widths Chromium measured with the self-hosted fonts (public/fonts), px: [text, size, bold, width].
  const MEASURED: [string, number, boolean, number][] = [
    ['Lusail Stadium', 13.5, true, 98.66],
    ['Abu Dhabi', 15, true, 77.2],
    ['Manama', 15, true, 65.48],
    ['Rabat', 15, true, 44.29],
    ['Saudi Arabia', 12.5, false, 73.61],
    ['Event security and policing', 12.5, false, 157.14],
    ['استاد لوسيل', 13.5, true, 63.21],
    ['الدوحة', 15, true, 38.98],
    ['تل أبيب', 15, true, 43.77],
    ['أبوظبي', 15, true, 40.84],
    ['مصر', 12.5, false, 21.78],
    ['السعودية', 12.5, false, 40.08],
    ['تأمين الحدث والشرطة', 12.5, false, 99.05],
  ];
  it.each(MEASURED)('"%s" is never narrower than drawn and at most 20 %% wider', (text, size, bold, width) => {
    const estimate = estimateTextWidth(text, size, bold);
    expect(estimate).toBeGreaterThanOrEqual(width);
    expect(estimate).toBeLessThanOrEqual(width * 1.2);
  });
});

describe('sizes', () => {
  it('a typical chapter map is well under the budget, raw and gzipped', () => {
    const all = LANGS.flatMap((lang) => svgs[lang]);
    const raw = all.map((s) => Buffer.byteLength(s));
    const gzip = all.map((s) => gzipSync(s).length);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    expect(median(raw)).toBeLessThan(STATIC_MAP_BUDGET_BYTES * 0.75);
    expect(Math.max(...gzip)).toBeLessThan(10_000);
  });
});

describe('Open Graph images', () => {
  it('draw the whole network without any text', () => {
    for (const lang of LANGS) {
      const svg = toOgSvg(story, lang, basemap);
      expect(svg).toContain('viewBox="0 0 1200 630"');
      expect(svg).not.toContain('<text');
      expect((svg.match(/data-link=/g) ?? []).length).toBe(story.links.length);
    }
  });

  it('writes og-ar.png and og-en.png at 1200×630, under 150 KB each', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'og-'));
    const log = jest.spyOn(console, 'log').mockImplementation(() => {});
    try {
      const written = await writeOgImages(dir, { story, basemap });
      expect(written.map((w) => path.basename(w.file)).sort()).toEqual(['og-ar.png', 'og-en.png']);
      for (const { file, bytes } of written) {
        const png = readFileSync(file);
        expect(png.subarray(1, 4).toString()).toBe('PNG');
        expect(png.readUInt32BE(16)).toBe(1200);
        expect(png.readUInt32BE(20)).toBe(630);
        expect(bytes).toBeLessThan(150_000);
      }
    } finally {
      log.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
