import { fitBounds, projectToScreen } from '../../geo/camera';
import { intersects, labelBox, placeLabels, POINT_ANCHORS, type LabelInput, type LabelPlacement, type Rect } from '../../geo/label-layout';
import type { LngLat } from '../../geo/schema';

const VIEWPORT = { width: 1280, height: 800 };
const VIEW: Rect = { x: 0, y: 0, width: VIEWPORT.width, height: VIEWPORT.height };

/** The whole story's extent (Rabat, Paris, Abu Dhabi) with cards on the left: Doha and Lusail end up ~2 px apart. */
const OVERVIEW = fitBounds([-6.8498, 24.4539, 54.3773, 48.8566], VIEWPORT, { padding: { top: 40, right: 40, bottom: 40, left: 480 } });
const screen = (lngLat: LngLat) => projectToScreen(lngLat, OVERVIEW, VIEWPORT);

/** Roughly the rendered size of a 13 px label. */
const textWidth = (text: string) => 7 * text.length + 8;
const LABEL_HEIGHT = 18;

function pointLabel(id: string, text: string, point: [number, number], required: boolean, priority: number): LabelInput {
  return { id, point, width: textWidth(text), height: LABEL_HEIGHT, priority, required, anchors: POINT_ANCHORS, radius: required ? 5 : 3 };
}

const CLUSTER: LabelInput[] = [
  pointLabel('doha', 'Doha', screen([51.531, 25.2854]), true, 0),
  pointLabel('lusail-stadium', 'Lusail Stadium', screen([51.4906, 25.4209]), true, 1),
  pointLabel('manama', 'Manama', screen([50.586, 26.2285]), true, 2),
];

/** 20 optional labels crowding the cluster: dimmed places on a spiral around it, and country names. */
function optionalLabels(): LabelInput[] {
  const [cx, cy] = CLUSTER[0]!.point;
  const labels: LabelInput[] = [];
  for (let i = 0; i < 14; i++) {
    const angle = i * 2.4;
    const distance = 6 + i * 6;
    labels.push(pointLabel(`dim-${i}`, `Place ${i}`, [cx + Math.cos(angle) * distance, cy + Math.sin(angle) * distance], false, 10 + i));
  }
  for (let i = 0; i < 6; i++) {
    const point: [number, number] = [cx - 60 + i * 25, cy - 40 + (i % 3) * 30];
    labels.push({ id: `country-${i}`, point, width: 70, height: 16, priority: 30 + i, required: false, anchors: ['center'], radius: 0 });
  }
  return labels;
}

const dotOf = (l: LabelInput): Rect => ({ x: l.point[0] - l.radius, y: l.point[1] - l.radius, width: l.radius * 2, height: l.radius * 2 });
const placedOnly = (placements: LabelPlacement[]) => placements.filter((p): p is LabelPlacement & { box: Rect } => p.box !== null);

describe('placeLabels in a dense cluster (Doha, Lusail Stadium, Manama at an overview zoom)', () => {
  const labels = [...CLUSTER, ...optionalLabels()];
  const placements = placeLabels(labels, VIEW);

  it('the cluster really is dense: Doha and Lusail Stadium are only a few px apart', () => {
    const [a, b] = [CLUSTER[0]!.point, CLUSTER[1]!.point];
    expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeLessThan(5);
    expect(labels).toHaveLength(23);
  });

  it('returns one placement per label, in input order', () => {
    expect(placements.map((p) => p.id)).toEqual(labels.map((l) => l.id));
  });

  it('every required label is placed', () => {
    for (const p of placements.slice(0, CLUSTER.length)) {
      expect(p.anchor).not.toBeNull();
      expect(p.box).not.toBeNull();
    }
  });

  it('no two placed boxes intersect', () => {
    const boxes = placedOnly(placements).map((p) => p.box);
    expect(boxes.length).toBeGreaterThan(CLUSTER.length); // some optional labels do fit
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) expect(intersects(boxes[i]!, boxes[j]!)).toBe(false);
    }
  });

  it('no placed box covers any place dot, its own included', () => {
    const dots = labels.filter((l) => l.radius > 0).map(dotOf);
    for (const { box } of placedOnly(placements)) {
      for (const dot of dots) expect(intersects(box, dot)).toBe(false);
    }
  });

  it('every placed box stays inside the view', () => {
    for (const { box } of placedOnly(placements)) {
      expect(box.x).toBeGreaterThanOrEqual(VIEW.x);
      expect(box.y).toBeGreaterThanOrEqual(VIEW.y);
      expect(box.x + box.width).toBeLessThanOrEqual(VIEW.x + VIEW.width);
      expect(box.y + box.height).toBeLessThanOrEqual(VIEW.y + VIEW.height);
    }
  });

  it('a hidden label has neither anchor nor box, and some optional labels are hidden in this crowd', () => {
    const hidden = placements.filter((p) => p.anchor === null);
    for (const p of hidden) expect(p.box).toBeNull();
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.every((p) => !labels.find((l) => l.id === p.id)!.required)).toBe(true);
  });

  it('is deterministic', () => {
    expect(placeLabels(labels, VIEW)).toEqual(placements);
  });
});

describe('placeLabels rules', () => {
  const view: Rect = { x: 0, y: 0, width: 400, height: 200 };
  const label = (id: string, point: [number, number], extra: Partial<LabelInput> = {}): LabelInput => ({
    id,
    point,
    width: 60,
    height: 16,
    priority: 0,
    required: false,
    anchors: ['right'],
    radius: 4,
    ...extra,
  });

  it('a lone label takes its first preferred anchor', () => {
    const [p] = placeLabels([label('a', [100, 100], { anchors: ['left', 'right'] })], view);
    expect(p!.anchor).toBe('left');
    expect(p!.box).toEqual(labelBox(label('a', [100, 100]), 'left', 4));
  });

  it('an optional label that cannot fit anywhere is hidden (anchor null)', () => {
    const placements = placeLabels(
      [label('first', [100, 100], { priority: 0 }), label('second', [100, 100], { priority: 1 })],
      view,
    );
    expect(placements.map((p) => p.anchor)).toEqual(['right', null]);
    expect(placements[1]!.box).toBeNull();
  });

  it('an optional label wider than the view is hidden', () => {
    const [p] = placeLabels([label('wide', [200, 100], { width: 500, anchors: POINT_ANCHORS })], view);
    expect(p).toEqual({ id: 'wide', anchor: null, box: null });
  });

  it('an optional label is hidden rather than pushed off the edge of the view', () => {
    const [p] = placeLabels([label('edge', [395, 100])], view);
    expect(p!.anchor).toBeNull();
  });

  it('lower priority numbers are placed first and keep their preferred anchor', () => {
    const placements = placeLabels(
      [label('late', [100, 100], { priority: 5 }), label('early', [100, 100], { priority: 1 })],
      view,
    );
    expect(placements.find((p) => p.id === 'early')!.anchor).toBe('right');
    expect(placements.find((p) => p.id === 'late')!.anchor).toBeNull();
  });

  it('a required label wins over an optional one with a lower priority number', () => {
    const placements = placeLabels(
      [label('optional', [100, 100], { priority: 0 }), label('required', [100, 100], { priority: 9, required: true })],
      view,
    );
    expect(placements.map((p) => [p.id, p.anchor])).toEqual([
      ['optional', null],
      ['required', 'right'],
    ]);
  });

  it('a required label moves out to a wider ring when every close anchor is taken', () => {
    // A label blocking the close "right" slot of the required one.
    const blocker = label('blocker', [100, 100], { required: true, priority: 0, radius: 0, width: 20 });
    const required = label('required', [100, 100], { required: true, priority: 1 });
    const [b, r] = placeLabels([blocker, required], view);
    expect(b!.anchor).toBe('right');
    expect(r!.anchor).toBe('right');
    expect(intersects(r!.box!, b!.box!)).toBe(false);
    expect(r!.box!.x).toBeGreaterThan(labelBox(required, 'right', 4).x);
  });
});
