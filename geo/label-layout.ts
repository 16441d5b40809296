/**
 * Places labels next to their points so that no two labels overlap and no label covers a place
 * dot. Greedy by priority: required labels (the step's places) try every anchor, then a wider
 * ring; optional labels (dimmed places, countries) are hidden when they do not fit.
 */
export type Anchor = 'right' | 'left' | 'top' | 'bottom' | 'top-right' | 'top-left' | 'bottom-right' | 'bottom-left' | 'center';
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface LabelInput {
  id: string;
  /** Screen position of the labelled point, px. */
  point: [number, number];
  width: number;
  height: number;
  /** Lower first. */
  priority: number;
  required: boolean;
  /** Candidate anchors in order of preference; a centred label (a country name) uses ['center']. */
  anchors: Anchor[];
  /** The radius of the point's dot (0 for country labels): labels keep clear of it. */
  radius: number;
}
export interface LabelPlacement {
  id: string;
  anchor: Anchor | null;
  box: Rect | null;
}

export const POINT_ANCHORS: Anchor[] = ['right', 'left', 'top', 'bottom', 'top-right', 'top-left', 'bottom-right', 'bottom-left'];

export function labelBox(input: LabelInput, anchor: Anchor, gap: number): Rect {
  const [px, py] = input.point;
  const { width: w, height: h } = input;
  const d = input.radius + gap;
  const box = (x: number, y: number): Rect => ({ x, y, width: w, height: h });
  switch (anchor) {
    case 'right': return box(px + d, py - h / 2);
    case 'left': return box(px - d - w, py - h / 2);
    case 'top': return box(px - w / 2, py - d - h);
    case 'bottom': return box(px - w / 2, py + d);
    case 'top-right': return box(px + d * 0.7, py - d * 0.7 - h);
    case 'top-left': return box(px - d * 0.7 - w, py - d * 0.7 - h);
    case 'bottom-right': return box(px + d * 0.7, py + d * 0.7);
    case 'bottom-left': return box(px - d * 0.7 - w, py + d * 0.7);
    case 'center': return box(px - w / 2, py - h / 2);
  }
}

export const intersects = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const inside = (r: Rect, view: Rect) =>
  r.x >= view.x && r.y >= view.y && r.x + r.width <= view.x + view.width && r.y + r.height <= view.y + view.height;

export function placeLabels(labels: readonly LabelInput[], view: Rect, gap = 4): LabelPlacement[] {
  const dots: Rect[] = labels
    .filter((l) => l.radius > 0)
    .map((l) => ({ x: l.point[0] - l.radius, y: l.point[1] - l.radius, width: l.radius * 2, height: l.radius * 2 }));
  const placed: Rect[] = [];
  const result = new Map<string, LabelPlacement>();
  const order = [...labels].sort((a, b) => Number(b.required) - Number(a.required) || a.priority - b.priority);
  for (const label of order) {
    const rings = label.required ? [gap, gap * 4, gap * 8] : [gap];
    let chosen: LabelPlacement = { id: label.id, anchor: null, box: null };
    search: for (const ringGap of rings) {
      for (const anchor of label.anchors) {
        const box = labelBox(label, anchor, ringGap);
        const clear = inside(box, view) && !placed.some((p) => intersects(p, box)) && !dots.some((d) => intersects(d, box));
        if (clear) {
          chosen = { id: label.id, anchor, box };
          break search;
        }
      }
    }
    if (chosen.box) placed.push(chosen.box);
    result.set(label.id, chosen);
  }
  return labels.map((l) => result.get(l.id)!);
}
