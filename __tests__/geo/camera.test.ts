import {
  fitBounds,
  fromWorld,
  parseCameraAttribute,
  projectToScreen,
  toCameraAttribute,
  toWorld,
  type BBox,
  type Padding,
  type Viewport,
} from '../../geo/camera';
import type { Camera, LngLat } from '../../geo/schema';

const DOHA: LngLat = [51.531, 25.2854];

/** Places around the story's steps. */
const BBOXES: Record<string, BBox> = {
  'Doha–Lusail (20 km)': [51.4906, 25.2854, 51.531, 25.4209],
  'Gulf (Doha, Manama, Abu Dhabi)': [50.586, 24.4539, 54.3773, 26.2285],
  'Rabat → Doha (wide)': [-6.8498, 25.2854, 51.531, 34.0209],
  'Paris → Abu Dhabi (tall and wide)': [2.3522, 24.4539, 54.3773, 48.8566],
};

const pad = (top: number, right: number, bottom: number, left: number): Padding => ({ top, right, bottom, left });

const LAYOUTS: [string, Viewport, Padding][] = [
  ['phone 320×284, even padding', { width: 320, height: 284 }, pad(16, 16, 16, 16)],
  ['phone 320×284, card on the left', { width: 320, height: 284 }, pad(16, 16, 16, 120)],
  ['phone 320×284, card on the right', { width: 320, height: 284 }, pad(16, 120, 16, 16)],
  ['desktop 1280×800, cards on the left', { width: 1280, height: 800 }, pad(40, 40, 40, 480)],
  ['desktop 1280×800, cards on the right', { width: 1280, height: 800 }, pad(40, 480, 40, 40)],
  ['desktop 1280×800, header and footer', { width: 1280, height: 800 }, pad(120, 40, 200, 40)],
];

const corners = ([w, s, e, n]: BBox): LngLat[] => [
  [w, s],
  [w, n],
  [e, s],
  [e, n],
];

describe('toWorld / fromWorld', () => {
  it.each([
    [[0, 0], [0.5, 0.5]],
    [[-180, 0], [0, 0.5]],
    [[180, 0], [1, 0.5]],
    [[90, 0], [0.75, 0.5]],
  ] as [LngLat, [number, number]][])('toWorld(%j) is %j', (lngLat, world) => {
    const [x, y] = toWorld(lngLat);
    expect(x).toBeCloseTo(world[0], 12);
    expect(y).toBeCloseTo(world[1], 12);
  });

  it('north is up: a higher latitude has a smaller y, and the Mercator limit is the top edge', () => {
    expect(toWorld([0, 10])[1]).toBeLessThan(toWorld([0, 0])[1]);
    expect(toWorld([0, 85.051129])[1]).toBeCloseTo(0, 6);
    expect(toWorld([0, -85.051129])[1]).toBeCloseTo(1, 6);
  });

  it.each([
    [DOHA],
    [[-6.8498, 34.0209]],
    [[2.3522, 48.8566]],
    [[-122.4194, 37.7749]],
    [[151.2093, -33.8688]],
    [[0, 0]],
    [[179.9, 80]],
    [[-179.9, -80]],
  ] as [LngLat][])('fromWorld(toWorld(%j)) returns the same place', (lngLat) => {
    const [lng, lat] = fromWorld(toWorld(lngLat));
    expect(lng).toBeCloseTo(lngLat[0], 9);
    expect(lat).toBeCloseTo(lngLat[1], 9);
  });
});

describe('fitBounds', () => {
  const cases = LAYOUTS.flatMap(([layout, viewport, padding]) =>
    Object.entries(BBOXES).map(([name, bbox]) => ({ layout, viewport, padding, name, bbox })),
  );

  it.each(cases)('every corner of $name lies inside the padded area ($layout)', ({ viewport, padding, bbox }) => {
    const camera = fitBounds(bbox, viewport, { padding });
    // The camera is rounded (centre to 5 decimals, zoom to 3): allow one pixel.
    const tolerance = 1;
    for (const corner of corners(bbox)) {
      const [x, y] = projectToScreen(corner, camera, viewport);
      expect(x).toBeGreaterThanOrEqual(padding.left - tolerance);
      expect(x).toBeLessThanOrEqual(viewport.width - padding.right + tolerance);
      expect(y).toBeGreaterThanOrEqual(padding.top - tolerance);
      expect(y).toBeLessThanOrEqual(viewport.height - padding.bottom + tolerance);
    }
  });

  it.each(LAYOUTS)('a wide region fills the padded area in at least one direction (%s)', (_layout, viewport, padding) => {
    const bbox = BBOXES['Rabat → Doha (wide)']!;
    const camera = fitBounds(bbox, viewport, { padding });
    const [left, bottom] = projectToScreen([bbox[0], bbox[1]], camera, viewport);
    const [right, top] = projectToScreen([bbox[2], bbox[3]], camera, viewport);
    const fillsWidth = Math.abs(right - left - (viewport.width - padding.left - padding.right)) < 2;
    const fillsHeight = Math.abs(bottom - top - (viewport.height - padding.top - padding.bottom)) < 2;
    expect(fillsWidth || fillsHeight).toBe(true);
  });

  it('is deterministic: the same step always gets the same camera, whatever was fitted before', () => {
    const viewport = { width: 1280, height: 800 };
    const padding = pad(40, 40, 40, 480);
    const first = fitBounds(BBOXES['Gulf (Doha, Manama, Abu Dhabi)']!, viewport, { padding });
    fitBounds(BBOXES['Paris → Abu Dhabi (tall and wide)']!, { width: 320, height: 284 }, { padding: pad(0, 0, 0, 0) });
    expect(fitBounds(BBOXES['Gulf (Doha, Manama, Abu Dhabi)']!, viewport, { padding })).toEqual(first);
  });

  it('returns a flat, north-up camera', () => {
    const camera = fitBounds(BBOXES['Gulf (Doha, Manama, Abu Dhabi)']!, { width: 1280, height: 800 }, { padding: pad(0, 0, 0, 0) });
    expect(camera.bearing).toBe(0);
    expect(camera.pitch).toBe(0);
  });

  it.each([
    [undefined, 9],
    [6, 6],
    [12, 12],
  ])('a single place (zero-size bbox) is capped at maxZoom %s → zoom %s', (maxZoom, zoom) => {
    const bbox: BBox = [DOHA[0], DOHA[1], DOHA[0], DOHA[1]];
    const viewport = { width: 1280, height: 800 };
    const padding = pad(40, 40, 40, 480);
    const camera = fitBounds(bbox, viewport, { padding, ...(maxZoom === undefined ? {} : { maxZoom }) });
    expect(camera.zoom).toBe(zoom);
    // …and the place sits in the middle of the padded area.
    const [x, y] = projectToScreen(DOHA, camera, viewport);
    expect(x).toBeCloseTo((480 + 1280 - 40) / 2, 0);
    expect(y).toBeCloseTo(400, 0);
  });

  it('minZoom keeps a region that would not fit from zooming out further', () => {
    const camera = fitBounds(BBOXES['Paris → Abu Dhabi (tall and wide)']!, { width: 320, height: 284 }, { padding: pad(16, 16, 16, 16), minZoom: 3 });
    expect(camera.zoom).toBe(3);
  });

  it('padding larger than the viewport still yields a finite camera', () => {
    const camera = fitBounds(BBOXES['Gulf (Doha, Manama, Abu Dhabi)']!, { width: 320, height: 284 }, { padding: pad(200, 400, 200, 400) });
    expect(Number.isFinite(camera.zoom)).toBe(true);
    expect(camera.center.every(Number.isFinite)).toBe(true);
  });

  it('more padding on the right shifts the view so the places move left on screen', () => {
    const viewport = { width: 1280, height: 800 };
    const bbox = BBOXES['Gulf (Doha, Manama, Abu Dhabi)']!;
    const even = fitBounds(bbox, viewport, { padding: pad(40, 40, 40, 40) });
    const rightCards = fitBounds(bbox, viewport, { padding: pad(40, 480, 40, 40) });
    const [xEven] = projectToScreen(DOHA, even, viewport);
    const [xRight] = projectToScreen(DOHA, rightCards, viewport);
    expect(xRight).toBeLessThan(xEven);
    // The map centre moves east of the places, so they appear to the left of it.
    expect(rightCards.center[0]).toBeGreaterThan((bbox[0] + bbox[2]) / 2);
  });
});

describe('data-camera attribute', () => {
  it('is "lng,lat,zoom,bearing,pitch"', () => {
    expect(toCameraAttribute({ center: DOHA, zoom: 9, bearing: 0, pitch: 0 })).toBe('51.531,25.2854,9,0,0');
    expect(toCameraAttribute({ center: [-6.8498, 34.0209], zoom: 3.25, bearing: -12.5, pitch: 30 })).toBe('-6.8498,34.0209,3.25,-12.5,30');
  });

  it('rounds to 4 decimals for the centre, 2 for zoom and 1 for angles', () => {
    expect(toCameraAttribute({ center: [51.531234, 25.285449], zoom: 5.4567, bearing: 10.04, pitch: 44.96 })).toBe('51.5312,25.2854,5.46,10,45');
  });

  it.each([
    [{ center: DOHA, zoom: 9, bearing: 0, pitch: 0 }],
    [{ center: [-6.8498, 34.0209], zoom: 3.25, bearing: -12.5, pitch: 30 }],
    [{ center: [0, 0], zoom: 0, bearing: 0, pitch: 0 }],
    [{ center: [-179.9999, -85.0511], zoom: 22, bearing: 359.9, pitch: 85 }],
  ] as [Camera][])('round-trips %j', (camera) => {
    expect(parseCameraAttribute(toCameraAttribute(camera))).toEqual(camera);
  });

  it('round-trips a fitted camera to within the attribute precision', () => {
    const camera = fitBounds(BBOXES['Rabat → Doha (wide)']!, { width: 1280, height: 800 }, { padding: pad(40, 40, 40, 480) });
    const parsed = parseCameraAttribute(toCameraAttribute(camera))!;
    expect(parsed.center[0]).toBeCloseTo(camera.center[0], 4);
    expect(parsed.center[1]).toBeCloseTo(camera.center[1], 4);
    expect(parsed.zoom).toBeCloseTo(camera.zoom, 2);
  });

  it.each(['', '1,2,3,4', '1,2,3,4,5,6', 'a,b,c,d,e', '51.5,25.3,NaN,0,0', '51.5,25.3,Infinity,0,0'])(
    'an attribute %j that is not five numbers parses to null',
    (value) => {
      expect(parseCameraAttribute(value)).toBeNull();
    },
  );
});
