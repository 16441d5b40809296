/**
 * What the live map costs once a reader engages, which Lighthouse cannot show: it loads the page
 * and waits, and the story starts its map on the reader's first scroll, key or touch. In headless
 * Chromium (playwright-core), unthrottled: load the page, scroll once with the mouse wheel, wait
 * until the map is ready and two seconds more for its first frames, and sum the long tasks
 * (PerformanceObserver "longtask") from the scroll on.
 */
import { chromium } from 'playwright-core';

export const VIEWPORTS = {
  phone: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  desktop: { viewport: { width: 1280, height: 800 } },
};

/** One measurement: { readyMs, blockingMs, longestMs, longTasks }. */
export async function measureEngagedMap(browser, url, contextOptions) {
  const context = await browser.newContext(contextOptions);
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.map === 'waiting');
    await page.evaluate(() => {
      const w = /** @type {any} */ (window);
      w.__longTasks = [];
      new PerformanceObserver((list) => w.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
      w.__engagedAt = performance.now();
    });
    await page.mouse.move(180, 300);
    await page.mouse.wheel(0, 120);
    await page.waitForFunction(() => document.documentElement.dataset.map === 'ready', undefined, { timeout: 60000 });
    const readyMs = await page.evaluate(() => performance.now() - /** @type {any} */ (window).__engagedAt);
    await page.waitForTimeout(2000);
    const tasks = await page.evaluate(() => /** @type {number[]} */ (/** @type {any} */ (window).__longTasks));
    return {
      readyMs: Math.round(readyMs),
      blockingMs: Math.round(tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0)),
      longestMs: Math.round(Math.max(0, ...tasks)),
      longTasks: tasks.length,
    };
  } finally {
    await context.close();
  }
}

export function launchForEngagedMap(executablePath, args) {
  return chromium.launch({ executablePath, args: args.filter((a) => !a.startsWith('--headless')) });
}
