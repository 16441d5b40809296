import type { Padding } from '@/geo/camera';

const GAP = 32;

/**
 * What covers the embed's map: in scroll mode on wide frames the text column lies over the map on
 * the inline-start side (as on the full story); the stepper's cards sit beside or below the map.
 */
export function measureEmbedPadding(container: HTMLElement): Padding {
  const padding: Padding = { top: GAP, right: GAP, bottom: GAP, left: GAP };
  const root = container.closest<HTMLElement>('.embed');
  if (!root) return padding;
  const map = container.getBoundingClientRect();
  const badge = root.querySelector('.embed__badge')?.getBoundingClientRect();
  if (badge && badge.height > 0) padding.top += Math.max(0, badge.bottom - map.top);
  if (root.dataset.mode === 'scroll') {
    const panel = root.querySelector('.embed__panel')?.getBoundingClientRect();
    if (panel && panel.width < map.width * 0.7) {
      if (panel.left > map.left + map.width / 2) padding.right += Math.max(0, map.right - panel.left);
      else padding.left += Math.max(0, panel.right - map.left);
    }
  }
  return padding;
}
