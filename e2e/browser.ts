/** Real headless Chromium (Debian's), with the flags that give it working WebGL through SwiftShader. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Frame, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

export function baseUrl(): string {
  const url = process.env.STORY_BASE_URL;
  if (!url) throw new Error('STORY_BASE_URL is not set: run the e2e tests through jest (e2e/global-setup.ts starts the server).');
  return url;
}

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
export const PHONE: BrowserContextOptions = { viewport: { width: 320, height: 568 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** Collects uncaught page errors so a test can assert there were none. */
export function trackErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/**
 * The story page starts its live map when the reader first engages; a pointer move is the lightest
 * way, and changes nothing else. Events before hydration reach no listener, so it waits until the
 * app has said where the map stands (html[data-map] is "pending" until then).
 */
export async function engage(page: Page): Promise<void> {
  await page.waitForFunction(() => !['pending', undefined].includes(document.documentElement.dataset.map));
  await page.mouse.move(2, 2);
}

/**
 * Waits until the map has settled on `stepId` (its element carries the step when the camera rests);
 * in a page (engaging the reader first, see engage) or an embed's frame (whose map starts by itself).
 */
export async function waitForStep(target: Page | Frame, stepId: string, timeout = 30000): Promise<string> {
  if ('mouse' in target) await engage(target);
  await target.waitForFunction(
    (id) => {
      const el = document.querySelector('.story-map') as HTMLElement | null;
      return el?.dataset.mapStatus === 'ready' && el.dataset.step === id;
    },
    stepId,
    { timeout },
  );
  return target.$eval('.story-map', (el) => (el as HTMLElement).dataset.camera ?? '');
}

/** axe-core's violations, evaluated through the DevTools protocol: the page's CSP rightly refuses an injected <script>. */
export async function axeViolations(target: Page | Frame): Promise<string[]> {
  await target.evaluate(readFileSync(path.join(require.resolve('axe-core'), '..', 'axe.min.js'), 'utf8'));
  return target.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
