/**
 * Colours and line patterns shared by the live map, the legend and the static maps. Link kinds
 * differ by dash pattern as well as colour, so they stay apart for colour-blind readers and in print.
 */
import type { LinkKind } from './schema';

export const PALETTE = {
  sea: '#cfdde6',
  land: '#f4f1ea',
  landDim: '#ebe6dc',
  border: '#a59d90',
  place: '#1b1b1b',
  placeDim: '#8a8a8a',
  halo: '#ffffff',
} as const;

export interface LinkStyle {
  color: string;
  /** MapLibre `line-dasharray`, in line widths; empty for a solid line. */
  dash: number[];
}

// Each colour has at least 4.5:1 contrast on the land colour (checked in __tests__/geo/palette.test.ts).
export const LINK_STYLES: Record<LinkKind, LinkStyle> = {
  cybersecurity: { color: '#b0124f', dash: [] },
  'event-security': { color: '#0b57a4', dash: [3, 1.5] },
  diplomacy: { color: '#8a4b00', dash: [0.6, 1.6] },
};
