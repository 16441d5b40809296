/** What the browser tests measure on a story page: the settled camera, places on screen, labels, pixels. */
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { loadStory } from '../geo/load-content';
import { parseCameraAttribute, projectToScreen } from '../geo/camera';
import type { Story } from '../geo/schema';
import { toStoryMapData } from '../geo/story-view';

export const story: Story = loadStory();
export const stepsFor = (lang: 'ar' | 'en') => toStoryMapData(story, lang).steps;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
export const contains = (box: Box, [x, y]: [number, number]) => x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;

/** Scrolls a chapter to the reading line, as a reader would arrive at it. */
export async function scrollToChapter(page: Page, id: string): Promise<void> {
  await page.evaluate((chapterId) => {
    const el = document.getElementById(chapterId)!;
    const line = window.matchMedia('(max-width: 899px)').matches ? 0.72 : 0.5;
    const top = el.getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: top - window.innerHeight * line + 40, behavior: 'instant' });
  }, id);
}

/** Screen positions (page px) of the given places under the map's settled camera. */
export async function placesOnScreen(page: Page, placeIds: string[]): Promise<{ id: string; point: [number, number] }[]> {
  const { camera, rect } = await page.$eval('.story-map', (el) => ({
    camera: (el as HTMLElement).dataset.camera ?? '',
    rect: el.getBoundingClientRect().toJSON() as Box,
  }));
  const cam = parseCameraAttribute(camera);
  if (!cam) throw new Error(`bad data-camera "${camera}"`);
  return placeIds.map((id) => {
    const place = story.places.find((p) => p.id === id)!;
    const [x, y] = projectToScreen(place.lngLat, cam, { width: rect.width, height: rect.height });
    return { id, point: [x + rect.x, y + rect.y] };
  });
}

/** Rectangles that cover the map: the active text card, the progress bar, the legend. */
export async function coveringBoxes(page: Page, stepId: string): Promise<Box[]> {
  return page.evaluate((id) => {
    const boxes = [document.querySelector(`#${CSS.escape(id)} .chapter__card`), document.querySelector('.map-top'), document.querySelector('.map-legend')]
      .filter((el): el is Element => el !== null)
      .map((el) => el.getBoundingClientRect().toJSON());
    return boxes;
  }, stepId);
}

export async function visibleLabels(page: Page): Promise<{ text: string; box: Box; active: boolean }[]> {
  return page.$$eval('.map-label', (els) =>
    els
      .filter((el) => (el as HTMLElement).dataset.hidden !== 'true')
      .map((el) => ({ text: el.textContent ?? '', box: el.getBoundingClientRect().toJSON(), active: el.classList.contains('is-active') })),
  );
}

/** Counts the map's pixels close to `hex` (the link colours), from a real screenshot. */
export async function countPixels(page: Page, hexes: string[], tolerance = 40): Promise<{ total: number; matching: number; distinct: number }> {
  const png = PNG.sync.read(await page.locator('.story-map canvas').screenshot());
  const targets = hexes.map((h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)));
  let matching = 0;
  const seen = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4) {
    const r = png.data[i]!, g = png.data[i + 1]!, b = png.data[i + 2]!;
    seen.add((r << 16) | (g << 8) | b);
    if (targets.some(([tr, tg, tb]) => Math.abs(r - tr!) + Math.abs(g - tg!) + Math.abs(b - tb!) < tolerance)) matching++;
  }
  return { total: png.data.length / 4, matching, distinct: seen.size };
}

export function cameraDistance(a: string, b: string): number {
  const ca = parseCameraAttribute(a)!;
  const cb = parseCameraAttribute(b)!;
  return Math.max(Math.abs(ca.center[0] - cb.center[0]), Math.abs(ca.center[1] - cb.center[1]), Math.abs(ca.zoom - cb.zoom));
}
