import type { Padding } from '@/geo/camera';

const GAP = 24;

/**
 * The padding that keeps a step's places clear of whatever covers the map: the text column
 * beside it on wide screens (right in Arabic, left in English), the progress bar at the top and
 * the legend at the bottom. Measured from the layout, so CSS alone decides where things sit.
 */
export function measureMapPadding(container: HTMLElement): Padding {
  const map = container.getBoundingClientRect();
  const padding: Padding = { top: GAP, right: GAP, bottom: GAP, left: GAP };
  const cards = document.querySelector('.story__cards')?.getBoundingClientRect();
  if (cards && cards.width < map.width * 0.7) {
    if (cards.left > map.left + map.width / 2) padding.right += Math.max(0, map.right - cards.left);
    else padding.left += Math.max(0, cards.right - map.left);
  }
  const top = document.querySelector('.map-top')?.getBoundingClientRect();
  if (top) padding.top += Math.max(0, top.bottom - map.top);
  const legend = document.querySelector('.map-legend')?.getBoundingClientRect();
  if (legend && legend.height > 0) padding.bottom += Math.max(0, map.bottom - legend.top);
  return padding;
}
