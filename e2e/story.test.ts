/**
 * The story in real headless Chromium against the built static site: the MapLibre map renders,
 * every chapter moves the camera to its places, URL and indicator follow, deep links, both
 * languages, phones.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { DESKTOP, PHONE, baseUrl, launchBrowser, trackErrors, waitForStep } from './browser';
import { LINK_STYLES } from '../geo/palette';
import {
  cameraDistance,
  contains,
  countPixels,
  coveringBoxes,
  overlaps,
  placesOnScreen,
  scrollToChapter,
  stepsFor,
  story,
  visibleLabels,
} from './story-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, options: BrowserContextOptions = DESKTOP): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = trackErrors(page);
  await page.goto(`${baseUrl()}${path}`);
  return { page, errors };
}

describe.each([
  ['ar', 'rtl'],
  ['en', 'ltr'],
] as const)('/%s/', (lang, dir) => {
  it(`declares lang="${lang}" dir="${dir}" and renders the map with its arcs`, async () => {
    const { page, errors } = await open(`/${lang}/`);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.getAttribute('html', 'dir')).toBe(dir);
    await waitForStep(page, 'overview');
    // The closing step shows every link: arcs in each kind's colour must be on the canvas.
    await scrollToChapter(page, 'network');
    await waitForStep(page, 'network');
    await page.waitForTimeout(1200); // the arcs' drawing animation
    const pixels = await countPixels(page, Object.values(LINK_STYLES).map((s) => s.color));
    expect(pixels.distinct).toBeGreaterThan(50); // not a blank canvas
    expect(pixels.matching).toBeGreaterThan(500); // the arcs are drawn
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('moves the camera to each chapter in turn, with its places in view and clear of the text card', async () => {
    const { page, errors } = await open(`/${lang}/`);
    const steps = stepsFor(lang);
    for (const [i, step] of steps.entries()) {
      await scrollToChapter(page, step.id);
      await waitForStep(page, step.id);
      expect(await page.textContent('[data-testid="step-indicator"]')).toContain(String(i + 1));
      if (i > 0) expect(new URL(page.url()).hash).toBe(`#${step.id}`);
      const mapBox = await page.$eval('.story-map', (el) => el.getBoundingClientRect().toJSON());
      const covers = await coveringBoxes(page, step.id);
      for (const { id, point } of await placesOnScreen(page, step.places)) {
        expect({ id, inMap: contains(mapBox, point) }).toEqual({ id, inMap: true });
        for (const cover of covers) expect({ id, covered: contains(cover, point) }).toEqual({ id, covered: false });
      }
      // Every place the step shows has a visible label, and no two labels overlap.
      const labels = await visibleLabels(page);
      const names = new Set(labels.map((l) => l.text));
      for (const id of step.places) expect(names).toContain(story.places.find((p) => p.id === id)!.name[lang]);
      for (let a = 0; a < labels.length; a++) {
        for (let b = a + 1; b < labels.length; b++) {
          expect({ pair: `${labels[a]!.text} / ${labels[b]!.text}`, overlap: overlaps(labels[a]!.box, labels[b]!.box) }).toEqual({
            pair: `${labels[a]!.text} / ${labels[b]!.text}`,
            overlap: false,
          });
        }
      }
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('step state does not depend on how the reader got there', () => {
  const target = 'lusail-visit';

  it('a deep link, a slow scroll and a fling to the end and back settle on the same camera', async () => {
    const deep = await open(`/en/#${target}`);
    const deepCamera = await waitForStep(deep.page, target);
    expect(await deep.page.textContent('[data-testid="step-indicator"]')).toContain(String(stepsFor('en').findIndex((s) => s.id === target) + 1));
    await deep.page.context().close();

    const slow = await open('/en/');
    await waitForStep(slow.page, 'overview');
    for (const step of stepsFor('en').slice(0, 3)) {
      await scrollToChapter(slow.page, step.id);
      await slow.page.waitForTimeout(300);
    }
    const slowCamera = await waitForStep(slow.page, target);

    // Fling: to the very end and straight back, without waiting for any flight to finish.
    await slow.page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' }));
    await slow.page.waitForTimeout(100);
    await scrollToChapter(slow.page, target);
    const flungCamera = await waitForStep(slow.page, target);
    expect(cameraDistance(slowCamera, deepCamera)).toBeLessThan(0.01);
    expect(cameraDistance(flungCamera, deepCamera)).toBeLessThan(0.01);
    expect(slow.errors).toEqual([]);
    await slow.page.context().close();
  });

  it('the language switch keeps the current step', async () => {
    const { page } = await open(`/ar/#${target}`);
    await waitForStep(page, target);
    await page.click('.language-switch');
    await page.waitForURL(`**/en/#${target}`);
    await waitForStep(page, target);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.context().close();
  });

  it('/ leads to the Arabic story', async () => {
    const { page } = await open('/');
    await page.waitForURL('**/ar/');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await page.context().close();
  });
});

describe('phone, 320 × 568', () => {
  it('has no horizontal overflow and keeps every step\'s places on the visible map', async () => {
    const { page, errors } = await open('/ar/', PHONE);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    for (const step of stepsFor('ar')) {
      await scrollToChapter(page, step.id);
      await waitForStep(page, step.id);
      const mapBox = await page.$eval('.story-map', (el) => el.getBoundingClientRect().toJSON());
      const covers = await coveringBoxes(page, step.id);
      for (const { id, point } of await placesOnScreen(page, step.places)) {
        expect({ id, inMap: contains(mapBox, point) }).toEqual({ id, inMap: true });
        for (const cover of covers) expect({ id, covered: contains(cover, point) }).toEqual({ id, covered: false });
      }
    }
    // No scroll trap: the wheel over the map scrolls the page instead of zooming the map.
    await scrollToChapter(page, 'overview');
    await waitForStep(page, 'overview');
    const zoomBefore = (await page.$eval('.story-map', (el) => (el as HTMLElement).dataset.camera!)).split(',')[2];
    const before = await page.evaluate(() => window.scrollY);
    await page.mouse.move(160, 150);
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
    expect((await page.$eval('.story-map', (el) => (el as HTMLElement).dataset.camera!)).split(',')[2]).toBe(zoomBefore);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the live map starts when the reader engages', () => {
  const mapStatus = (page: Page) => page.evaluate(() => document.documentElement.dataset.map);

  it('until then the map column shows the same view as a picture, and MapLibre is not even downloaded', async () => {
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${baseUrl()}/en/`);
    await page.waitForFunction(() => (document.querySelector('.map-preview') as HTMLImageElement | null)?.naturalWidth! > 0);
    await page.waitForTimeout(2500);
    expect(await mapStatus(page)).toBe('waiting');
    expect(await page.$('.story-map canvas')).toBeNull();
    expect(requests.filter((p) => /maplibre|basemap\.geojson/.test(p))).toEqual([]);
    expect(await page.$eval('.map-preview', (img) => new URL((img as HTMLImageElement).currentSrc).pathname)).toBe('/en/maps/preview-wide/overview.svg');
    expect(await page.isVisible('.map-preview')).toBe(true);
    // The text column's static maps stay hidden: the live map is coming.
    expect(await page.isVisible('.chapter .static-map')).toBe(false);
    await page.context().close();
  });

  it.each([
    ['a scroll', (page: Page) => page.evaluate(() => window.scrollBy(0, 40))],
    ['a key', (page: Page) => page.keyboard.press('Tab')],
    ['a tap', (page: Page) => page.touchscreen.tap(160, 500)],
  ] as const)('%s starts it, and the picture gives way to it', async (_, act) => {
    const { page, errors } = await open('/en/', PHONE);
    await page.waitForFunction(() => document.documentElement.dataset.map === 'waiting');
    await act(page);
    await page.waitForFunction(() => document.documentElement.dataset.map === 'ready', undefined, { timeout: 30000 });
    expect(await page.$('.story-map canvas')).not.toBeNull();
    expect(await page.isVisible('.map-preview')).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a link to a step starts it at once, on that step', async () => {
    const step = stepsFor('en')[3]!;
    const { page } = await open(`/en/#${step.id}`);
    await page.waitForFunction((id) => (document.querySelector('.story-map') as HTMLElement | null)?.dataset.step === id, step.id, { timeout: 30000 });
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  it.each(['ar', 'en'] as const)('/%s/ holds the whole narrative, every source and every place and link', async (lang) => {
    const { page } = await open(`/${lang}/`, { ...DESKTOP, javaScriptEnabled: false });
    const headings = await page.$$eval('.chapter h2', (els) => els.map((e) => e.textContent));
    expect(headings).toEqual(story.chapters[lang].map((c) => c.title));
    const text = await page.textContent('body');
    for (const source of story.sources) expect(text).toContain(source.headline);
    for (const place of story.places) expect(text).toContain(place.name[lang]);
    expect(await page.$$eval('.link-list li', (els) => els.length)).toBe(story.links.length);
    // Each chapter shows its static map, drawn in the page's language, and the first is loaded.
    const maps = page.locator('.chapter .static-map img');
    expect(await maps.count()).toBe(story.chapters[lang].length);
    expect(await maps.first().isVisible()).toBe(true);
    await page.waitForFunction(() => (document.querySelector('.chapter .static-map img') as HTMLImageElement).naturalWidth > 0);
    const svg = await (await page.request.get(`${baseUrl()}${await maps.first().getAttribute('src')}`)).text();
    expect(svg).toContain(story.places.find((p) => p.id === story.chapters[lang][0]!.places[0])!.name[lang]);
    // The preview's editor mode never reaches the published site.
    expect(await page.$('.editor-panel')).toBeNull();
    await page.context().close();
  });
});
