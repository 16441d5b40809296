/**
 * The embed, as another site uses it: a host page on a different origin (a second server on
 * 127.0.0.1, while the story is on localhost) puts /<lang>/embed/ in a sandboxed iframe and,
 * usually, /embed.js. Checked: the iframe's height follows the content (growing and shrinking),
 * the stepper's buttons, keys and swipes move the map, the host's scrolling drives scroll mode and
 * the map stays in view, the host receives the step events, the frame ignores malformed or foreign
 * messages, nothing overflows at 320 px, in both languages; and the example host page works.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Frame, Page } from 'playwright-core';
import { DESKTOP, PHONE, axeViolations, baseUrl, launchBrowser, waitForStep } from './browser';
import { freePort, startServer } from './global-setup';
import { stepsFor } from './story-helpers';
import { UI_STRINGS } from '../components/story/strings';

const SANDBOX = 'allow-scripts allow-same-origin allow-popups';
type Lang = 'ar' | 'en';

/** The host page: query ?src= (the iframe), ?before= / ?after= (px of article around it), ?script=0 (no embed.js). */
const HOST_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host</title>
<style>body { margin: 0; font: 16px/1.5 serif; } iframe { display: block; width: 100%; border: 0; } .article { background: #f4f1ea; }</style>
</head><body>
<div class="article" id="before"></div>
<iframe id="story" sandbox="${SANDBOX}" title="Story"></iframe>
<div class="article" id="after"></div>
<iframe id="sibling" title="Another frame on the host" style="height: 20px"></iframe>
<script>
  var q = new URLSearchParams(location.search);
  var story = new URL(q.get('src')).origin;
  window.__events = [];
  window.__messages = [];
  window.addEventListener('message', function (e) {
    if (e.origin !== story) return;
    window.__messages.push(e.data);
    if (e.data && e.data.type === 'story:step') window.__events.push(e.data);
  });
  document.getElementById('before').style.height = (q.get('before') || '0') + 'px';
  document.getElementById('after').style.height = (q.get('after') || '0') + 'px';
  var frame = document.getElementById('story');
  frame.height = q.get('height') || '600';
  frame.src = q.get('src');
  if (q.get('script') !== '0') {
    var s = document.createElement('script');
    s.src = story + '/embed.js';
    document.body.appendChild(s);
  }
</script>
</body></html>`;

let browser: Browser;
let hostDir: string;
let stopHost: () => void;
let hostOrigin: string;

beforeAll(async () => {
  browser = await launchBrowser();
  hostDir = mkdtempSync(path.join(os.tmpdir(), 'story-host-'));
  writeFileSync(path.join(hostDir, 'index.html'), HOST_HTML);
  const port = await freePort();
  stopHost = await startServer(hostDir, port);
  // Another origin, and another site: 127.0.0.1 vs the story's localhost.
  hostOrigin = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await browser?.close();
  stopHost?.();
  rmSync(hostDir, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  frame: Frame;
  errors: string[];
}

async function openHost(query: Record<string, string>, options: BrowserContextOptions = DESKTOP): Promise<Opened> {
  const context = await browser.newContext(options);
  // Runs in every frame, the story's included: collects uncaught errors and CSP violations there.
  await context.addInitScript(() => {
    const w = window as unknown as { __errors: string[] };
    w.__errors = [];
    window.addEventListener('error', (e) => w.__errors.push(String(e.message)));
    window.addEventListener('unhandledrejection', (e) => w.__errors.push(String(e.reason)));
    document.addEventListener('securitypolicyviolation', (e) => {
      // zod (in the shared client bundle through geo/schema) probes for eval with Function("") and
      // catches the refusal; that probe is not something the embed needs. Anything else counts.
      if (e.blockedURI === 'eval' && !e.sample) return;
      w.__errors.push(`CSP: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${hostOrigin}/?${new URLSearchParams(query)}`);
  const frame = await (await page.waitForSelector('#story'))!.contentFrame();
  if (!frame) throw new Error('no story frame');
  return { page, frame, errors };
}

const embedSrc = (lang: Lang, query = '') => `${baseUrl()}/${lang}/embed/${query}`;


const iframeHeight = (page: Page) => page.$eval('#story', (el) => el.getBoundingClientRect().height);
const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
const frameErrors = (frame: Frame) => frame.evaluate(() => (window as unknown as { __errors: string[] }).__errors);
const hostEvents = (page: Page) => page.evaluate(() => (window as unknown as { __events: { type: string; id: string; index: number; total: number; lang: string }[] }).__events);

/** Waits until the host has set the iframe to the frame's content height (and the frame does not scroll). */
async function expectHeightFollowsContent(page: Page, frame: Frame): Promise<number> {
  let last = 0;
  for (let i = 0; i < 100; i++) {
    const [outer, inner] = [await iframeHeight(page), await contentHeight(frame)];
    last = outer;
    if (Math.abs(outer - inner) <= 1) return outer;
    await page.waitForTimeout(100);
  }
  throw new Error(`the iframe stayed ${last}px high while its content is ${await contentHeight(frame)}px`);
}


async function noHorizontalOverflow(frame: Frame): Promise<{ scrollWidth: number; clientWidth: number; widest: string }> {
  return frame.evaluate(() => {
    const root = document.documentElement;
    let widest = '';
    for (const el of Array.from(document.querySelectorAll('.embed *'))) {
      const rect = el.getBoundingClientRect();
      if (rect.width > 0 && (rect.right > root.clientWidth + 1 || rect.left < -1) && !el.closest('.story-map, .visually-hidden, [inert]')) {
        widest = `${el.tagName.toLowerCase()}.${(el as HTMLElement).className} ${Math.round(rect.left)}…${Math.round(rect.right)}`;
        break;
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest };
  });
}

describe.each(['ar', 'en'] as const)('stepper (%s), cross-origin and sandboxed', (lang) => {
  it('the height follows the width both ways; buttons and keys move the map; the host gets every step', async () => {
    const steps = stepsFor(lang);
    const t = UI_STRINGS[lang];
    const { page, frame, errors } = await openHost({ src: embedSrc(lang) }, { viewport: { width: 1000, height: 800 } });
    expect(await page.$eval('#story', (el) => el.getAttribute('sandbox'))).toBe(SANDBOX);
    expect(new URL(frame.url()).origin).not.toBe(hostOrigin);
    await waitForStep(frame, steps[0]!.id);
    expect(await frame.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang, lang === 'ar' ? 'rtl' : 'ltr']);

    // Responsive height: narrower is taller, wider again is shorter again.
    const wide = await expectHeightFollowsContent(page, frame);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.waitForFunction((h) => document.getElementById('story')!.getBoundingClientRect().height > h + 40, wide);
    const narrow = await expectHeightFollowsContent(page, frame);
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.waitForFunction((h) => document.getElementById('story')!.getBoundingClientRect().height < h - 40, narrow);
    const wideAgain = await expectHeightFollowsContent(page, frame);
    expect(Math.abs(wideAgain - wide)).toBeLessThanOrEqual(2);
    // Sized to its content, the frame has nothing to scroll.
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);

    // Buttons.
    await frame.getByRole('button', { name: t.nextStep }).click();
    await waitForStep(frame, steps[1]!.id);
    expect(await frame.textContent('[data-testid="step-indicator"]')).toBe(t.step(2, steps.length));
    // One card at a time: the others are inert.
    expect(await frame.$$eval('.embed__slide:not([inert])', (els) => els.map((el) => el.querySelector('.chapter')?.id))).toEqual([steps[1]!.id]);
    // Keys (focus is in the frame, on the button): "next" is the arrow pointing to the reading direction's end.
    const [forward, back] = lang === 'ar' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft'];
    await page.keyboard.press(forward);
    await waitForStep(frame, steps[2]!.id);
    await page.keyboard.press(back);
    await waitForStep(frame, steps[1]!.id);
    await page.keyboard.press('PageDown');
    await waitForStep(frame, steps[2]!.id);
    await page.keyboard.press('PageUp');
    await waitForStep(frame, steps[1]!.id);
    await frame.getByRole('button', { name: t.previousStep }).click();
    await waitForStep(frame, steps[0]!.id);
    // The previous button at the first step does nothing (and keeps focus).
    // (aria-disabled rather than disabled, so focus is not lost at the ends; Playwright would wait for "enabled")
    await frame.getByRole('button', { name: t.previousStep }).click({ force: true });
    expect(await frame.evaluate(() => document.activeElement?.getAttribute('aria-disabled'))).toBe('true');

    const order = [0, 1, 2, 1, 2, 1, 0];
    await page.waitForFunction((n) => (window as unknown as { __events: unknown[] }).__events.length >= n, order.length);
    expect(await hostEvents(page)).toEqual(order.map((i) => ({ type: 'story:step', id: steps[i]!.id, index: i, total: steps.length, lang })));

    // The credit line's link opens the full story, at the current step, in a new tab (allow-popups).
    const link = frame.locator('a.embed__full');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    const [popup] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await popup.waitForURL(new RegExp(`/${lang}/#${steps[0]!.id}$`));
    expect(await popup.evaluate(() => window.opener)).toBeNull();
    await popup.close();

    expect(await frameErrors(frame)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/** Scrolls the host so that a chapter of the story frame sits just past the reading line. */
async function scrollHostToChapter(page: Page, frame: Frame, id: string): Promise<void> {
  const { chapterTop, line } = await frame.evaluate((chapterId) => {
    const el = document.getElementById(chapterId)!;
    return { chapterTop: el.getBoundingClientRect().top + window.scrollY, line: window.matchMedia('(max-width: 899px)').matches ? 0.72 : 0.5 };
  }, id);
  await page.evaluate(
    ({ chapterTop, line }) => {
      const frameTop = document.getElementById('story')!.getBoundingClientRect().top + window.scrollY;
      window.scrollTo({ top: frameTop + chapterTop - window.innerHeight * line + 40, behavior: 'instant' });
    },
    { chapterTop, line },
  );
}

/** The map area's box in the host's viewport. */
async function mapInHost(page: Page, frame: Frame): Promise<{ top: number; bottom: number }> {
  const inner = await frame.$eval('.embed__map', (el) => el.getBoundingClientRect().toJSON() as DOMRect);
  const outer = await page.$eval('#story', (el) => el.getBoundingClientRect().toJSON() as DOMRect);
  return { top: outer.top + inner.top, bottom: outer.top + inner.bottom };
}

describe.each([
  ['ar', 'desktop', DESKTOP],
  ['en', 'desktop', DESKTOP],
  ['ar', 'phone', PHONE],
  ['en', 'phone', PHONE],
] as const)('scroll mode (%s, %s)', (lang, _size, viewport) => {
  it("the host page's scrolling drives the steps, the map stays in view, the host gets the events", async () => {
    const steps = stepsFor(lang);
    const { page, frame, errors } = await openHost({ src: embedSrc(lang, '?mode=scroll'), before: '700', after: '900', height: '400' }, viewport);
    // Chromium does not run animation frames in an off-screen cross-origin iframe: the map starts when it is seen.
    await page.evaluate(() => window.scrollTo({ top: 200, behavior: 'instant' }));
    await waitForStep(frame, steps[0]!.id);
    const vh = viewport.viewport!.height;
    // The frame grew to the whole story (every card, each most of a viewport high).
    const height = await expectHeightFollowsContent(page, frame);
    expect(height).toBeGreaterThan(steps.length * vh * 0.5);
    expect(await frame.evaluate(() => getComputedStyle(document.querySelector('.embed')!).getPropertyValue('--host-vh').trim())).toBe(`${vh}px`);

    for (const step of steps) {
      await scrollHostToChapter(page, frame, step.id);
      await waitForStep(frame, step.id);
      // Sticky within the host's viewport: at its top once the frame's top has scrolled past it.
      const frameTop = await page.$eval('#story', (el) => el.getBoundingClientRect().top);
      const map = await mapInHost(page, frame);
      expect(Math.abs(map.top - Math.max(0, frameTop))).toBeLessThanOrEqual(2);
      expect(map.bottom).toBeGreaterThan(vh * 0.4);
      if (frameTop < 0) expect(map.bottom).toBeLessThanOrEqual(vh + 2);
    }
    // Back up to where the frame's top is in view: the first step again, the map back at the top of the story.
    await page.evaluate(() => window.scrollTo({ top: 200, behavior: 'instant' }));
    await waitForStep(frame, steps[0]!.id);
    await frame.waitForFunction(() => (document.querySelector('.embed__map') as HTMLElement).style.transform === '');

    const ids = (await hostEvents(page)).map((e) => e.id);
    expect(ids).toEqual([...steps.map((s) => s.id), steps[0]!.id]);
    expect((await hostEvents(page)).every((e) => e.lang === lang && e.total === steps.length)).toBe(true);

    if (viewport === PHONE) {
      expect(await noHorizontalOverflow(frame)).toEqual({ scrollWidth: 320, clientWidth: 320, widest: '' });
    }
    expect(await axeViolations(frame)).toEqual([]);
    expect(await frameErrors(frame)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe.each(['ar', 'en'] as const)('at 320 px wide (%s)', (lang) => {
  it('the stepper fits without horizontal overflow and a swipe moves the story the reading way', async () => {
    const steps = stepsFor(lang);
    const { page, frame } = await openHost({ src: embedSrc(lang) }, PHONE);
    await waitForStep(frame, steps[0]!.id);
    await expectHeightFollowsContent(page, frame);
    expect(await noHorizontalOverflow(frame)).toEqual({ scrollWidth: 320, clientWidth: 320, widest: '' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
    expect(await axeViolations(frame)).toEqual([]);

    // A real touch swipe across the card (leftwards is "next" in English, rightwards in Arabic).
    const card = await frame.$eval('.embed__slides', (el) => el.getBoundingClientRect().toJSON() as DOMRect);
    const outer = await page.$eval('#story', (el) => el.getBoundingClientRect().toJSON() as DOMRect);
    const y = Math.round(outer.top + card.top + 60);
    const [from, to] = lang === 'ar' ? [40, 280] : [280, 40];
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from, y }] });
    for (let k = 1; k <= 6; k++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from + ((to - from) * k) / 6, y }] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await waitForStep(frame, steps[1]!.id);
    expect(await noHorizontalOverflow(frame)).toEqual({ scrollWidth: 320, clientWidth: 320, widest: '' });
    expect(await frameErrors(frame)).toEqual([]);
    await page.context().close();
  });
});

describe('options and formats', () => {
  it('?step= starts there, ?interactive=1 turns map gestures on; heights go out in pym, Datawrapper and our format', async () => {
    const steps = stepsFor('en');
    const start = steps[3]!;
    // No embed.js: a pym.js- or Datawrapper-style host that only listens.
    const { page, frame } = await openHost({ src: embedSrc('en', `?step=${start.id}&interactive=1&childId=demo-7`), script: '0', height: '500' });
    await waitForStep(frame, start.id);
    expect(await frame.$eval('.maplibregl-canvas-container', (el) => el.classList.contains('maplibregl-touch-drag-pan'))).toBe(true);
    await page.waitForFunction(() => (window as unknown as { __events: unknown[] }).__events.length > 0);
    expect((await hostEvents(page))[0]).toEqual({ type: 'story:step', id: start.id, index: 3, total: steps.length, lang: 'en' });

    const height = await contentHeight(frame);
    const messages = () => page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages);
    await page.waitForFunction((h) => (window as unknown as { __messages: unknown[] }).__messages.includes(`pymxPYMxdemo-7xPYMxheightxPYMx${h}`), height);
    expect(await messages()).toContainEqual({ 'datawrapper-height': { 'demo-7': height } });
    expect(await messages()).toContainEqual({ type: 'story:height', height });
    // Nobody set the height (no embed.js): the iframe keeps the host's 500 px and the frame scrolls.
    expect(await iframeHeight(page)).toBe(500);

    // pym.js's parent asks for the height by sending the width: the frame answers.
    const count = async () => (await messages()).filter((m) => typeof m === 'string' && m.startsWith('pymxPYMxdemo-7xPYMxheight')).length;
    const before = await count();
    await page.evaluate(() => (document.getElementById('story') as HTMLIFrameElement).contentWindow!.postMessage('pymxPYMxdemo-7xPYMxwidthxPYMx1280', '*'));
    await page.waitForFunction(
      (n) => (window as unknown as { __messages: unknown[] }).__messages.filter((m) => typeof m === 'string' && m.includes('xPYMxheightxPYMx')).length > n,
      before,
    );
    await page.context().close();
  });

  it('the frame ignores malformed messages and messages from any window but its parent', async () => {
    const steps = stepsFor('en');
    const { page, frame } = await openHost({ src: embedSrc('en', '?mode=scroll'), script: '0', height: '700' });
    await waitForStep(frame, steps[0]!.id);
    const last = steps[steps.length - 1]!;
    const far = { type: 'story:viewport', top: -100000, height: 9000, viewportHeight: 800 };
    // From a sibling frame of the host page (same origin as the host, but not the parent).
    await page.evaluate((message) => {
      const target = (document.getElementById('story') as HTMLIFrameElement).contentWindow!;
      const sibling = (document.getElementById('sibling') as HTMLIFrameElement).contentWindow as Window & { eval: (s: string) => void };
      (sibling as unknown as { __target: Window }).__target = target;
      sibling.eval(`window.__target.postMessage(${JSON.stringify(message)}, '*')`);
    }, far);
    // From the parent, malformed.
    const malformed: unknown[] = [
      { ...far, type: 'story:Viewport' },
      { ...far, top: String(far.top) },
      { ...far, viewportHeight: 0 },
      { type: 'story:viewport', top: -100000 },
      [far],
      JSON.stringify(far),
      'pymxPYMxstoryxPYMxwidthxPYMxoops',
      null,
    ];
    await page.evaluate((list) => {
      const target = (document.getElementById('story') as HTMLIFrameElement).contentWindow!;
      for (const m of list) target.postMessage(m, '*');
    }, malformed);
    await page.waitForTimeout(1500);
    expect(await frame.$eval('.story-map', (el) => (el as HTMLElement).dataset.step)).toBe(steps[0]!.id);
    expect(await frame.$eval('.embed__map', (el) => (el as HTMLElement).style.transform)).toBe('');
    // The same message from the parent is obeyed (so the ones above were refused, not lost).
    await page.evaluate((message) => (document.getElementById('story') as HTMLIFrameElement).contentWindow!.postMessage(message, '*'), far);
    await waitForStep(frame, last.id);
    expect(await frameErrors(frame)).toEqual([]);
    await page.context().close();
  });
});

describe('the example host page and the headers', () => {
  it('public/embed-demo/ embeds both layouts from another origin (?story=) and logs the steps', async () => {
    const story = baseUrl();
    const demoOrigin = story.replace('localhost', '127.0.0.1');
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => /Content Security Policy|Refused/i.test(m.text()) && problems.push(m.text()));
    await page.goto(`${demoOrigin}/embed-demo/?story=${encodeURIComponent(story)}&lang=ar`);
    const stepper = (await (await page.waitForSelector('#stepper'))!.contentFrame())!;
    const scroll = (await (await page.waitForSelector('#scroll'))!.contentFrame())!;
    await waitForStep(stepper, 'overview');
    // Off-screen cross-origin frames get no animation frames: the scroll layout's map starts once it is in view.
    await page.$eval('#scroll', (el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await waitForStep(scroll, 'overview');
    // embed.js sized both (not the page's first guesses of 680 and 3000 px).
    for (const [id, f] of [['stepper', stepper], ['scroll', scroll]] as const) {
      await page.waitForFunction(
        ({ id, h }) => Math.abs(document.getElementById(id)!.getBoundingClientRect().height - h) <= 1,
        { id, h: await contentHeight(f) },
      );
    }
    await stepper.getByRole('button', { name: UI_STRINGS.ar.nextStep }).click();
    await waitForStep(stepper, stepsFor('ar')[1]!.id);
    await page.waitForFunction(() => (window as unknown as { __events: { from: string; index: number }[] }).__events.some((e) => e.from === 'stepper' && e.index === 1));
    expect(await page.textContent('#log')).toContain(`stepper: step 2/${stepsFor('ar').length}`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the embed may be framed by any site; the story itself only by its own', async () => {
    for (const lang of ['ar', 'en']) {
      const embed = await fetch(`${baseUrl()}/${lang}/embed/`);
      expect(embed.status).toBe(200);
      expect(embed.headers.get('content-security-policy')).toBe('frame-ancestors *');
      const html = await embed.text();
      expect(html).toMatch(/<meta name="robots" content="noindex, follow"/);
    }
    expect((await fetch(`${baseUrl()}/en/`)).headers.get('content-security-policy')).toBe("frame-ancestors 'self'");
    const script = await fetch(`${baseUrl()}/embed.js`);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect((await script.text()).length).toBeLessThan(6000);
  });
});
