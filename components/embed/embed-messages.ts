/**
 * The embed's protocol, as pure functions: the options it reads from its URL, the messages it
 * sends to the host page (heights in three formats, step changes) and the strict guards for the
 * messages it accepts from the host. public/embed.js speaks the host's side of the same protocol.
 */
import { activeIndexAt } from '@/components/story/use-active-step';

export type EmbedMode = 'stepper' | 'scroll';

export interface EmbedOptions {
  mode: EmbedMode;
  /** The starting step (`?step=<chapter-id>`); 0 when missing or unknown. */
  stepIndex: number;
  /** `?interactive=1`: the reader may pan and zoom the map. */
  interactive: boolean;
  /** pym.js passes `childId`; also used as the Datawrapper chart id. */
  childId: string;
}

export const DEFAULT_CHILD_ID = 'story';
const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function parseEmbedOptions(search: string, stepIds: readonly string[]): EmbedOptions {
  const query = new URLSearchParams(search);
  const step = query.get('step');
  const childId = query.get('childId') ?? query.get('chartId') ?? '';
  return {
    mode: query.get('mode') === 'scroll' ? 'scroll' : 'stepper',
    stepIndex: step === null ? 0 : Math.max(0, stepIds.indexOf(step)),
    interactive: ['1', 'true'].includes(query.get('interactive') ?? ''),
    // The id is echoed inside the pym message string: only plain ids, so "xPYMx" cannot be smuggled in.
    childId: SAFE_ID.test(childId) && !childId.includes('xPYMx') ? childId : DEFAULT_CHILD_ID,
  };
}

// ---- frame → host -------------------------------------------------------------------------

export interface StepMessage {
  type: 'story:step';
  id: string;
  index: number;
  total: number;
  lang: string;
}
export interface HeightMessage {
  type: 'story:height';
  height: number;
}

/** pym.js's child-to-parent format: `pymxPYMx<id>xPYMxheightxPYMx<px>`. */
export function pymHeightMessage(childId: string, height: number): string {
  return `pymxPYMx${childId}xPYMxheightxPYMx${Math.ceil(height)}`;
}
/** Datawrapper's responsive-iframe format. */
export function datawrapperHeightMessage(chartId: string, height: number): { 'datawrapper-height': Record<string, number> } {
  return { 'datawrapper-height': { [chartId]: Math.ceil(height) } };
}
export function storyHeightMessage(height: number): HeightMessage {
  return { type: 'story:height', height: Math.ceil(height) };
}
/** Every message announcing a height, in the order the frame posts them. */
export function heightMessages(childId: string, height: number): (string | object)[] {
  return [pymHeightMessage(childId, height), datawrapperHeightMessage(childId, height), storyHeightMessage(height)];
}

export function stepMessage(detail: Omit<StepMessage, 'type'>): StepMessage {
  return { type: 'story:step', id: detail.id, index: detail.index, total: detail.total, lang: detail.lang };
}

// ---- host → frame -------------------------------------------------------------------------

/** Where the iframe is in the host's viewport (its getBoundingClientRect top and height). */
export interface ViewportMessage {
  type: 'story:viewport';
  top: number;
  height: number;
  viewportHeight: number;
}

const LIMIT = 1e7;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const finite = (value: unknown, min = -LIMIT, max = LIMIT): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;

export function isViewportMessage(data: unknown): data is ViewportMessage {
  return (
    isRecord(data) &&
    data.type === 'story:viewport' &&
    finite(data.top) &&
    finite(data.height, 0) &&
    finite(data.viewportHeight, 1, 100_000)
  );
}

/** pym.js's parent-to-child width message for this child (pym sends it on load and resize). */
export function parsePymWidth(data: unknown, childId: string): number | null {
  if (typeof data !== 'string') return null;
  const match = /^pymxPYMx(.+)xPYMxwidthxPYMx(\d{1,6})$/.exec(data);
  if (!match || match[1] !== childId) return null;
  return Number(match[2]);
}

export function isStepMessage(data: unknown): data is StepMessage {
  return (
    isRecord(data) &&
    data.type === 'story:step' &&
    typeof data.id === 'string' &&
    finite(data.index, 0) &&
    Number.isInteger(data.index) &&
    finite(data.total, 1) &&
    Number.isInteger(data.total) &&
    typeof data.lang === 'string'
  );
}

// ---- scroll mode ----------------------------------------------------------------------------

export interface ScrollInput {
  /** The iframe's top in the host viewport (negative once it has scrolled past the top). */
  frameTop: number;
  viewportHeight: number;
  /** Each chapter's top in the frame's document, px. */
  chapterTops: readonly number[];
  /** The scrolling story area (map + cards) in the frame's document. */
  areaTop: number;
  areaHeight: number;
  mapHeight: number;
  /** The reading line as a share of the host viewport (use-active-step's readingLine()). */
  readingLine: number;
}

/**
 * Scroll mode, from the host's report: the active step (the same reading-line rule as the full
 * story, in host-viewport coordinates) and how far to push the map down the story area so that it
 * stays at the top of the host's viewport, as a sticky element would, without leaving the area.
 */
export function scrollState(input: ScrollInput): { index: number; mapOffset: number } {
  const tops = input.chapterTops.map((t) => input.frameTop + t);
  const index = activeIndexAt(tops, input.viewportHeight * input.readingLine);
  const room = Math.max(0, input.areaHeight - input.mapHeight);
  const mapOffset = Math.min(room, Math.max(0, -(input.frameTop + input.areaTop)));
  return { index, mapOffset: Math.round(mapOffset) };
}

// ---- stepper input --------------------------------------------------------------------------

export type StepMove = 1 | -1 | 'first' | 'last' | 0;

/** Keys in the stepper: Page Down / Up, and the arrow that points "forward" in the reading direction. */
export function keyMove(key: string, rtl: boolean): StepMove {
  switch (key) {
    case 'PageDown':
      return 1;
    case 'PageUp':
      return -1;
    case 'ArrowRight':
      return rtl ? -1 : 1;
    case 'ArrowLeft':
      return rtl ? 1 : -1;
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return 0;
  }
}

export const SWIPE_MIN_PX = 40;

/** A horizontal swipe: towards the reading direction's start is "next" (leftwards in English, rightwards in Arabic). */
export function swipeMove(dx: number, dy: number, rtl: boolean): 1 | -1 | 0 {
  if (Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < Math.abs(dy) * 1.5) return 0;
  const forward = rtl ? dx > 0 : dx < 0;
  return forward ? 1 : -1;
}

export function applyMove(current: number, move: StepMove, total: number): number {
  if (move === 'first') return 0;
  if (move === 'last') return total - 1;
  return Math.max(0, Math.min(total - 1, current + move));
}
