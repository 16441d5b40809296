'use client';
/**
 * The one component that owns the MapLibre instance. It is created once, when `start` is set and
 * after the page has painted; MapLibre and the map's helpers (map-tools.ts) are imported only
 * then. Step changes are pushed in by small effects. When the camera comes
 * to rest the element carries `data-step` and `data-camera`, which tests and embedding hosts read.
 */
import { useEffect, useRef, useState } from 'react';
import type { Map as MapLibreMap, Marker } from 'maplibre-gl';
import type { Camera, LngLat } from '@/geo/schema';
import type { StoryMapData } from '@/geo/story-view';
import type { Padding } from '@/geo/camera';
import type { LabelInput } from '@/geo/label-layout';
import type { CountryLabel } from './country-labels';
// Types only: the code arrives with MapLibre when the map starts (see map-tools.ts).
import type * as MapTools from './map-tools';

type Tools = typeof MapTools;

/**
 * waiting: not started yet (the page shows a picture of the map until the reader engages);
 * loading: MapLibre is downloading or drawing its first frame; ready: the live map is shown;
 * unavailable: no WebGL, or the map failed (the static maps stand in).
 */
export type MapStatus = 'waiting' | 'loading' | 'ready' | 'unavailable';

export interface StoryMapProps {
  data: StoryMapData;
  countries: CountryLabel[];
  stepIndex: number;
  /** Space the step's places keep clear of (the text cards, overlays), px. */
  getPadding: (container: HTMLElement) => Padding;
  interactive: boolean;
  reducedMotion: boolean;
  label: string;
  onStatus?: (status: MapStatus) => void;
  /**
   * Whether to start MapLibre (default: at once). Drawing the first frames costs the main thread
   * hundreds of milliseconds on a phone (seconds without a GPU), so the story page starts it when
   * the reader first engages, showing a static picture of the same view until then.
   */
  start?: boolean;
}

const FLY_MS = 1600;
const DRAW_MS = 900;
const MAX_ZOOM = 9.5;

let webglSupport: boolean | undefined;

/** Asked once per page: each probe creates a WebGL context, which is not free. */
function hasWebGL(): boolean {
  if (webglSupport === undefined) {
    try {
      const canvas = document.createElement('canvas');
      webglSupport = Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
    } catch {
      webglSupport = false;
    }
  }
  return webglSupport;
}

/** Resolves after the browser has painted the story text, so the map never delays it. */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const idle = (window as Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => void }).requestIdleCallback;
      if (idle) idle(() => resolve(), { timeout: 600 });
      else setTimeout(resolve, 50);
    });
  });
}

/** Fired on window whenever the camera comes to rest, with the camera as detail. */
export const CAMERA_EVENT = 'story:camera';

function cameraOf(map: MapLibreMap): Camera {
  const c = map.getCenter();
  return { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
}

function cameraForStep(tools: Tools, data: StoryMapData, index: number, container: HTMLElement, padding: Padding): Camera {
  const step = data.steps[index]!;
  if (step.camera) return step.camera;
  return tools.fitBounds(step.bbox, { width: container.clientWidth, height: container.clientHeight }, { padding, maxZoom: MAX_ZOOM });
}

export function StoryMap({ data, countries, stepIndex, getPadding, interactive, reducedMotion, label, onStatus, start = true }: StoryMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const markersRef = useRef<Map<string, { marker: Marker; el: HTMLElement; required: () => boolean; priority: number; radius: number; minzoom: number }>>(new Map());
  const shownStepRef = useRef<number | null>(null);
  const settlingRef = useRef<number | null>(null);
  const animationRef = useRef<number | null>(null);
  // Set when the map starts: the lazily loaded helpers, and every link's arc (computed here, not shipped).
  const toolsRef = useRef<{ tools: Tools; arcs: Map<string, LngLat[]> } | null>(null);
  const [status, setStatus] = useState<MapStatus>(start ? 'loading' : 'waiting');
  // The latest props, for map event handlers registered once.
  const latest = useRef({ data, stepIndex, getPadding, reducedMotion });
  latest.current = { data, stepIndex, getPadding, reducedMotion };

  useEffect(() => onStatus?.(status), [status, onStatus]);

  // Known before the map starts, so a reader without WebGL gets the static maps in the text at once
  // rather than when they first scroll.
  useEffect(() => {
    if (!hasWebGL()) setStatus('unavailable');
  }, []);

  // Create the map once, when it is to start.
  useEffect(() => {
    let cancelled = false;
    const container = containerRef.current;
    if (!container || !start || !hasWebGL()) return;
    setStatus('loading');
    (async () => {
      await afterFirstPaint();
      const [maplibregl, tools] = await Promise.all([import('./maplibre'), import('./map-tools')]);
      if (cancelled) return;
      toolsRef.current = { tools, arcs: tools.linkArcs(latest.current.data) };
      // Turbopack rewrites the worker's URL unless it is given explicitly (maplibre-gl 6).
      maplibregl.setWorkerUrl(new URL('maplibre-gl/dist/maplibre-gl-worker.mjs', import.meta.url).href);
      const externalStyle = process.env.NEXT_PUBLIC_MAP_STYLE_URL;
      const basemapUrl = new URL('/generated/basemap.geojson', window.location.href).href;
      const padding = latest.current.getPadding(container);
      const first = cameraForStep(tools, latest.current.data, latest.current.stepIndex, container, padding);
      let map: MapLibreMap;
      try {
        map = new maplibregl.Map({
          container,
          style: externalStyle || tools.toBasemapStyle(basemapUrl),
          center: first.center,
          zoom: first.zoom,
          bearing: first.bearing,
          pitch: first.pitch,
          attributionControl: { compact: true, customAttribution: 'Natural Earth' },
          // The map must not capture scroll or touch during the story; "explore" turns handlers on.
          interactive: true,
          cooperativeGestures: false,
          fadeDuration: 0,
          maxPitch: 60,
        });
      } catch {
        setStatus('unavailable');
        return;
      }
      mapRef.current = map;
      tools.setInteractive(map, false);
      map.getCanvas().setAttribute('aria-hidden', 'true');
      map.getCanvas().setAttribute('tabindex', '-1');
      map.on('error', (event) => {
        // A failed basemap or style leaves no usable map: fall back to the static maps.
        if (!map.loaded() || /basemap|style/i.test(String(event.error?.message ?? ''))) setStatus('unavailable');
      });
      map.on('webglcontextlost', () => setStatus('unavailable'));
      map.on('moveend', () => {
        // Only the move towards the current step settles it: a flight interrupted by the next
        // step also ends with "moveend", mid-way, and must not be reported as that step's camera.
        if (settlingRef.current !== null) settle(map, settlingRef.current);
        layoutLabels(map);
        // The editors' preview shows the live camera, whoever moved it (the story or the editor).
        window.dispatchEvent(new CustomEvent(CAMERA_EVENT, { detail: cameraOf(map) }));
      });
      map.on('load', () => {
        if (cancelled) return;
        tools.addStoryLayers(map);
        createLabels(maplibregl, map);
        showStep(map, latest.current.stepIndex, false);
        setStatus('ready');
        document.fonts?.ready.then(() => layoutLabels(map));
      });
    })().catch(() => setStatus('unavailable'));

    const resize = new ResizeObserver(() => {
      const map = mapRef.current;
      if (!map || shownStepRef.current === null) return;
      map.resize();
      showStep(map, shownStepRef.current, false, true);
    });
    resize.observe(container);
    return () => {
      cancelled = true;
      resize.disconnect();
      if (animationRef.current) cancelAnimationFrame(animationRef.current);
      mapRef.current?.remove();
      mapRef.current = null;
    };
    // The map is created once (start only ever turns on); later changes arrive through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- deliberately once
  }, [start]);

  function createLabels(maplibregl: typeof import('./maplibre'), map: MapLibreMap) {
    const markers = markersRef.current;
    const add = (id: string, text: string, lngLat: [number, number], className: string, priority: number, radius: number, required: () => boolean, minzoom = 0) => {
      const el = document.createElement('div');
      el.className = className;
      el.textContent = text;
      el.setAttribute('aria-hidden', 'true');
      const marker = new maplibregl.Marker({ element: el, anchor: 'center' }).setLngLat(lngLat).addTo(map);
      markers.set(id, { marker, el, required, priority, radius, minzoom });
    };
    for (const place of latest.current.data.places) {
      add(`place:${place.id}`, place.name, place.lngLat, 'map-label map-label--place', 10, 6, () =>
        (latest.current.data.steps[shownStepRef.current ?? 0]?.places ?? []).includes(place.id),
      );
    }
    for (const country of countries) {
      add(`country:${country.id}`, country.name, country.lngLat, 'map-label map-label--country', 100 + country.rank, 0, () => false, country.minzoom);
    }
  }

  function layoutLabels(map: MapLibreMap) {
    const container = containerRef.current;
    const loaded = toolsRef.current;
    if (!container || !loaded) return;
    const { tools } = loaded;
    const inputs: LabelInput[] = [];
    const zoom = map.getZoom();
    for (const [id, m] of markersRef.current) {
      if (zoom < m.minzoom) {
        m.el.dataset.hidden = 'true';
        continue;
      }
      const p = map.project(m.marker.getLngLat());
      const required = m.required();
      m.el.classList.toggle('is-active', required);
      inputs.push({
        id,
        point: [p.x, p.y],
        width: m.el.offsetWidth,
        height: m.el.offsetHeight,
        priority: m.priority,
        required,
        anchors: m.radius > 0 ? tools.POINT_ANCHORS : ['center'],
        radius: m.radius,
      });
    }
    // Labels stay in the part of the map that no card or overlay covers.
    const pad = latest.current.getPadding(container);
    const inset = (n: number) => Math.max(0, n - 16);
    const view = {
      x: inset(pad.left),
      y: inset(pad.top),
      width: container.clientWidth - inset(pad.left) - inset(pad.right),
      height: container.clientHeight - inset(pad.top) - inset(pad.bottom),
    };
    const placements = tools.placeLabels(inputs, view);
    for (const placement of placements) {
      const m = markersRef.current.get(placement.id);
      const input = inputs.find((i) => i.id === placement.id);
      if (!m || !input) continue;
      if (!placement.box) {
        m.el.dataset.hidden = 'true';
        continue;
      }
      delete m.el.dataset.hidden;
      m.el.dataset.anchor = placement.anchor ?? '';
      m.marker.setOffset([
        placement.box.x + placement.box.width / 2 - input.point[0],
        placement.box.y + placement.box.height / 2 - input.point[1],
      ]);
    }
  }

  function showStep(map: MapLibreMap, index: number, animate: boolean, resizing = false) {
    const { data: d, getPadding: pad, reducedMotion: still } = latest.current;
    const container = containerRef.current;
    const step = d.steps[index];
    const loaded = toolsRef.current;
    if (!container || !step || !loaded) return;
    const { tools, arcs } = loaded;
    const previous = shownStepRef.current === null ? undefined : d.steps[shownStepRef.current];
    shownStepRef.current = index;
    const motion = animate && !still;
    if (!resizing) {
      if (animationRef.current) cancelAnimationFrame(animationRef.current);
      const drawn = motion ? tools.newLinks(previous, step) : [];
      if (drawn.length === 0) tools.setStepFeatures(map, tools.toStepFeatures(d, arcs, step));
      else drawLinks(map, index, drawn);
    }
    const camera = cameraForStep(tools, d, index, container, pad(container));
    // Stopping a running flight fires its "moveend" synchronously inside flyTo/jumpTo: clear first.
    settlingRef.current = null;
    if (motion) {
      map.flyTo({ ...camera, duration: FLY_MS, essential: false });
      settlingRef.current = index;
    } else {
      map.jumpTo(camera);
      settle(map, index);
      layoutLabels(map);
    }
  }

  /** The camera has come to rest on step `index`: say so on the element, for tests and hosts. */
  function settle(map: MapLibreMap, index: number) {
    const container = containerRef.current;
    const loaded = toolsRef.current;
    if (!container || !loaded) return;
    settlingRef.current = null;
    container.dataset.camera = loaded.tools.toCameraAttribute(cameraOf(map));
    container.dataset.step = latest.current.data.steps[index]?.id ?? '';
  }

  function drawLinks(map: MapLibreMap, index: number, ids: string[]) {
    const start = performance.now();
    const frame = (now: number) => {
      const { data: d } = latest.current;
      const step = d.steps[index];
      if (!step || shownStepRef.current !== index) return;
      const t = Math.min(1, (now - start) / DRAW_MS);
      const eased = 1 - (1 - t) ** 3;
      const { tools, arcs } = toolsRef.current!;
      tools.setStepFeatures(map, tools.toStepFeatures(d, arcs, step, new Map(ids.map((id) => [id, eased]))));
      animationRef.current = t < 1 ? requestAnimationFrame(frame) : null;
    };
    animationRef.current = requestAnimationFrame(frame);
  }

  // Step changes.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || status !== 'ready' || shownStepRef.current === stepIndex) return;
    showStep(map, stepIndex, true);
    // showStep reads the latest props through a ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the step triggers a move
  }, [stepIndex, status]);

  // Explore mode: hand the gestures to the reader, and give the camera back to the story after.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || status !== 'ready') return;
    toolsRef.current?.tools.setInteractive(map, interactive);
    if (!interactive && shownStepRef.current !== null) showStep(map, shownStepRef.current, true, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the mode triggers this
  }, [interactive, status]);

  return (
    <div
      ref={containerRef}
      className="story-map"
      data-map-status={status}
      aria-label={label}
      role="region"
    />
  );
}
