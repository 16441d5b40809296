/**
 * Every reader, every device: axe finds no violations, the keyboard reaches every step, reduced
 * motion lands without flying, a browser without WebGL gets the static maps, the CSP blocks
 * nothing the story needs, print shows every chapter's map, a shared link has a preview card.
 */
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { DESKTOP, PHONE, axeViolations, baseUrl, launchBrowser, trackErrors, waitForStep } from './browser';
import { stepsFor, story } from './story-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(pagePath: string, options: BrowserContextOptions = DESKTOP, b: Browser = browser) {
  const context = await b.newContext(options);
  const page = await context.newPage();
  const errors = trackErrors(page);
  const cspViolations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  await page.goto(`${baseUrl()}${pagePath}`);
  return { page, errors, cspViolations };
}


describe.each([
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const)('accessibility at %s size', (_name, viewport) => {
  it.each(['ar', 'en'] as const)('axe reports no violations on /%s/ once the map has loaded', async (lang) => {
    const { page, errors, cspViolations } = await open(`/${lang}/`, viewport);
    await waitForStep(page, 'overview');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(cspViolations).toEqual([]);
    await page.context().close();
  });
});

describe('keyboard', () => {
  it('the skip link comes first and the arrow and Page keys walk every step, forwards and back', async () => {
    const { page } = await open('/ar/');
    await waitForStep(page, 'overview');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#story-text');
    const steps = stepsFor('ar');
    for (const [i, step] of steps.entries()) {
      if (i > 0) await page.keyboard.press(i % 2 ? 'ArrowDown' : 'PageDown');
      await waitForStep(page, step.id);
      // Focus moves to the chapter, never into the map.
      if (i > 0) expect(await page.evaluate(() => document.activeElement?.id)).toBe(step.id);
    }
    await page.keyboard.press('PageUp');
    await waitForStep(page, steps[steps.length - 2]!.id);
    expect(await page.evaluate(() => document.activeElement?.closest('.story-map'))).toBeNull();
    await page.context().close();
  });

  it('the previous and next buttons step through the chapters', async () => {
    const { page } = await open('/en/');
    await waitForStep(page, 'overview');
    await page.getByRole('button', { name: 'Next step' }).click();
    await waitForStep(page, stepsFor('en')[1]!.id);
    await page.getByRole('button', { name: 'Previous step' }).click();
    await waitForStep(page, 'overview');
    await page.context().close();
  });
});

describe('motion', () => {
  it('with prefers-reduced-motion the camera jumps to the next step instead of flying', async () => {
    const { page } = await open('/en/', { ...DESKTOP, reducedMotion: 'reduce' });
    await waitForStep(page, 'overview');
    const next = stepsFor('en')[2]!; // a step with a different camera from the overview
    const started = Date.now();
    await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start', behavior: 'instant' }), next.id);
    await waitForStep(page, next.id);
    // A flight takes 1.6 s; a jump settles within a frame or two of the scroll being measured.
    expect(Date.now() - started).toBeLessThan(900);
    await page.context().close();
  });
});

describe('fallbacks', () => {
  it('without WebGL the story shows a notice and the static maps, and logs no page error', async () => {
    const noGl = await launchBrowser(['--disable-webgl', '--disable-3d-apis']);
    const { page, errors } = await open('/ar/', DESKTOP, noGl);
    await page.waitForFunction(() => document.documentElement.dataset.map === 'unavailable');
    expect(await page.isVisible('.map-notice')).toBe(true);
    const maps = page.locator('.chapter .static-map img');
    expect(await maps.count()).toBe(story.chapters.ar.length);
    expect(await maps.first().isVisible()).toBe(true);
    // A visible figure loads (lazily: those further down load as the reader reaches them).
    await maps.first().scrollIntoViewIfNeeded();
    await page.waitForFunction(() => (document.querySelector('.chapter .static-map img') as HTMLImageElement).naturalWidth > 0);
    expect(errors).toEqual([]);
    await noGl.close();
  });

  it('print shows every chapter with its static map and the sources, and no empty map box', async () => {
    const { page } = await open('/en/');
    await waitForStep(page, 'overview');
    await page.emulateMedia({ media: 'print' });
    const maps = page.locator('.chapter .static-map img');
    expect(await maps.count()).toBe(story.chapters.en.length);
    for (let i = 0; i < (await maps.count()); i++) {
      const box = await maps.nth(i).boundingBox();
      expect(box && box.width > 100 && box.height > 60).toBe(true);
    }
    // The figures were hidden, so their lazy images never loaded: printing loads them all.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('.chapter .static-map img')].every((img) => img.complete && img.naturalWidth > 0));
    expect(await page.isVisible('.story__map')).toBe(false);
    expect(await page.isVisible('.source-list')).toBe(true);
    await page.context().close();
  });
});

describe('fonts', () => {
  it.each([
    ['ar', ['/fonts/naskh-arabic.woff2', '/fonts/noto-sans-latin.woff2']],
    ['en', ['/fonts/noto-sans-latin.woff2']],
  ])('/%s/ downloads only the web fonts its text needs', async (lang, expected) => {
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    const fonts = new Set<string>();
    page.on('request', (r) => {
      if (r.resourceType() === 'font') fonts.add(new URL(r.url()).pathname);
    });
    await page.goto(`${baseUrl()}/${lang}/`);
    await page.evaluate(() => document.fonts.ready);
    // Scroll through everything, so text further down (the sources) is laid out too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(500);
    await page.evaluate(() => document.fonts.ready);
    expect([...fonts].sort()).toEqual(expected);
    await context.close();
  });

  it.each([400, 700])('the local fallback sets Latin text at Noto Sans\'s width and line height (weight %i), so the swap moves nothing', async (weight) => {
    const { page } = await open('/en/');
    const sizes = await page.evaluate(async (w) => {
      await document.fonts.load(`${w} 16px "Noto Sans"`);
      await document.fonts.load(`${w} 16px "Noto Sans Fallback"`);
      const text = document.querySelector('.chapter__body p')!.textContent!;
      const measure = (family: string) => {
        const span = document.createElement('span');
        span.style.cssText = `font: ${w} 16px/normal ${family}; white-space: nowrap; position: absolute; inset-block-start: 0`;
        span.textContent = text;
        document.body.append(span);
        const { width, height } = span.getBoundingClientRect();
        span.remove();
        return { width, height };
      };
      return { web: measure("'Noto Sans'"), fallback: measure("'Noto Sans Fallback'"), unadjusted: measure("'Liberation Sans', Arial") };
    }, weight);
    expect(sizes.web.width).toBeGreaterThan(1000);
    // The local font as it is would reflow the text; adjusted, it takes the same room.
    expect(Math.abs(sizes.unadjusted.width / sizes.web.width - 1)).toBeGreaterThan(0.03);
    expect(Math.abs(sizes.fallback.width / sizes.web.width - 1)).toBeLessThan(0.015);
    expect(Math.abs(sizes.fallback.height - sizes.web.height)).toBeLessThan(1);
    await page.context().close();
  });
});

describe('sharing', () => {
  it.each(['ar', 'en'] as const)('/%s/ has a preview card, canonical URL and language alternates', async (lang) => {
    const { page } = await open(`/${lang}/`, { ...DESKTOP, javaScriptEnabled: false });
    const meta = (selector: string) => page.getAttribute(selector, 'content');
    const image = await meta('meta[property="og:image"]');
    expect(image).toMatch(new RegExp(`/generated/og-${lang}\\.png$`));
    const imageResponse = await page.request.get(`${baseUrl()}/generated/og-${lang}.png`);
    expect(imageResponse.status()).toBe(200);
    expect(imageResponse.headers()['content-type']).toBe('image/png');
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(await meta('meta[name="description"]')).toBeTruthy();
    expect(await page.getAttribute('link[rel="canonical"]', 'href')).toMatch(new RegExp(`/${lang}/$`));
    expect(await page.getAttribute('link[rel="alternate"][hreflang="ar"]', 'href')).toMatch(/\/ar\/$/);
    expect(await page.getAttribute('link[rel="alternate"][hreflang="en"]', 'href')).toMatch(/\/en\/$/);
    await page.context().close();
  });

  it('serves the security headers and a strict Content-Security-Policy without unsafe-eval', async () => {
    const response = await fetch(`${baseUrl()}/ar/`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    const html = await response.text();
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("script-src 'self' 'sha256-");
    expect(csp).toContain('worker-src');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});
