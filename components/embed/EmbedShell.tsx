'use client';
/**
 * The story in an iframe on someone else's page. Two modes (`?mode=`):
 *  - stepper (default): the map and one card at a time, with buttons, keys and swipes; the host
 *    needs nothing but the iframe.
 *  - scroll: every card, the frame as tall as the story; the host's scrolling drives the steps.
 *    An IntersectionObserver in the frame cannot see the host's scrolling, so /embed.js reports
 *    where the iframe is in the host's viewport and the frame applies the full story's
 *    reading-line rule to it, and keeps the map at the top of the host's viewport (as sticky would).
 * Either way the frame reports its height (pym.js, Datawrapper and our own message) and its step.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode, type TouchEvent } from 'react';
import type { Lang } from '@/geo/schema';
import type { StoryMapData } from '@/geo/story-view';
import { StoryMap, type MapStatus } from '@/components/map/StoryMap';
import type { CountryLabel } from '@/components/map/country-labels';
import { UI_STRINGS, formatIsoDate } from '@/components/story/strings';
import { readingLine } from '@/components/story/use-active-step';
import { useReducedMotion } from '@/components/story/use-reduced-motion';
import { dispatchStep } from '@/components/story/step-events';
import { EMBED_STRINGS } from './embed-strings';
import { measureEmbedPadding } from './embed-padding';
import {
  applyMove,
  isViewportMessage,
  keyMove,
  parseEmbedOptions,
  parsePymWidth,
  scrollState,
  swipeMove,
  type EmbedOptions,
  type StepMove,
  type ViewportMessage,
} from './embed-messages';
import { contentHeight, isFramed, onParentMessage, postStep, watchHeight } from './frame-bridge';
import { stepDescription } from '@/components/story/step-description';

export interface EmbedShellProps {
  lang: Lang;
  data: StoryMapData;
  countries: CountryLabel[];
  /** One rendered chapter per step, in order. */
  slides: ReactNode[];
}

/** The host viewport's height until the host reports it (never the iframe's own height: that is ours to set). */
const DEFAULT_HOST_VH = 640;
/** Mobile browsers resize the viewport as their toolbars slide: ignore changes smaller than that. */
const HOST_VH_STEP = 80;

export function EmbedShell({ lang, data, countries, slides }: EmbedShellProps) {
  const t = UI_STRINGS[lang];
  const e = EMBED_STRINGS[lang];
  const rtl = lang === 'ar';
  const total = data.steps.length;
  const ids = useMemo(() => data.steps.map((s) => s.id), [data]);
  const [options, setOptions] = useState<EmbedOptions | null>(null);
  const [active, setActive] = useState(0);
  const [hostVh, setHostVh] = useState(DEFAULT_HOST_VH);
  const [mapStatus, setMapStatus] = useState<MapStatus>('loading');
  const [announcement, setAnnouncement] = useState('');
  const [reducedMotion] = useReducedMotion();
  const mode = options?.mode ?? 'stepper';
  const step = data.steps[active]!;

  const areaRef = useRef<HTMLDivElement>(null);
  const slidesRef = useRef<HTMLDivElement>(null);
  const mapAreaRef = useRef<HTMLDivElement>(null);
  const heightRef = useRef<ReturnType<typeof watchHeight> | null>(null);
  const viewportRef = useRef<ViewportMessage | null>(null);
  const hostVhKnown = useRef(false);
  const announced = useRef(false);

  // A static page: the options are in the URL, read once hydrated.
  useEffect(() => {
    const parsed = parseEmbedOptions(window.location.search, ids);
    setOptions(parsed);
    setActive(parsed.stepIndex);
    // Opened on its own (not in a frame), the window is the viewport.
    if (!isFramed()) setHostVh(window.innerHeight);
  }, [ids]);

  useEffect(() => {
    document.documentElement.dataset.map = mapStatus;
  }, [mapStatus]);
  const onStatus = useCallback((s: MapStatus) => setMapStatus(s), []);

  useEffect(() => {
    if (!options) return;
    const watcher = watchHeight(options.childId);
    heightRef.current = watcher;
    return () => {
      watcher.stop();
      heightRef.current = null;
    };
  }, [options]);

  // The step, to this page (STEP_EVENT) and to the host.
  useEffect(() => {
    if (!options) return;
    const detail = { id: step.id, index: active, total, lang };
    dispatchStep(detail);
    postStep(detail);
    if (announced.current) setAnnouncement(`${t.step(active + 1, total)}. ${step.title}. ${stepDescription(step.id)}`);
    announced.current = true;
  }, [options, active, step.id, step.title, total, lang, t]);

  // A new card starts at its top.
  useEffect(() => {
    if (mode === 'stepper' && slidesRef.current) slidesRef.current.scrollTop = 0;
  }, [active, mode]);

  // ---- scroll mode: the host's viewport drives the step and the map's position ----
  const frame = useRef(0);
  const measure = useCallback(() => {
    frame.current = 0;
    const area = areaRef.current;
    const mapArea = mapAreaRef.current;
    if (!area || !mapArea) return;
    if (mode !== 'scroll') {
      mapArea.style.transform = '';
      return;
    }
    const viewport = viewportRef.current ?? ownViewport();
    if (!viewport) return;
    const docTop = (el: Element) => el.getBoundingClientRect().top + window.scrollY;
    const state = scrollState({
      frameTop: viewport.top - window.scrollY,
      viewportHeight: viewport.viewportHeight,
      chapterTops: ids.map((id) => {
        const el = document.getElementById(id);
        return el ? docTop(el) : Infinity;
      }),
      areaTop: docTop(area),
      areaHeight: area.offsetHeight,
      mapHeight: mapArea.offsetHeight,
      readingLine: readingLine(),
    });
    mapArea.style.transform = state.mapOffset ? `translate3d(0, ${state.mapOffset}px, 0)` : '';
    setActive(state.index);
  }, [mode, ids]);
  const schedule = useCallback(() => {
    if (!frame.current) frame.current = requestAnimationFrame(measure);
  }, [measure]);

  useEffect(() => {
    if (!options) return;
    let first = true;
    const stop = onParentMessage((message) => {
      if (isViewportMessage(message)) {
        viewportRef.current = message;
        // The host script may have started after our first report, or not applied it: say it again.
        if (first || Math.abs(message.height - contentHeight()) > 1) heightRef.current?.post(true);
        first = false;
        const vh = Math.round(message.viewportHeight);
        if (!hostVhKnown.current) {
          hostVhKnown.current = true;
          setHostVh(vh);
        } else {
          setHostVh((previous) => (Math.abs(previous - vh) >= HOST_VH_STEP ? vh : previous));
        }
        schedule();
      } else if (parsePymWidth(message, options.childId) !== null) {
        // pym.js's parent asks for the height by sending the width.
        heightRef.current?.post(true);
      }
    });
    return stop;
  }, [options, schedule]);

  useEffect(() => {
    if (mode !== 'scroll') return;
    schedule();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    const observer = new ResizeObserver(schedule);
    if (areaRef.current) observer.observe(areaRef.current);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      observer.disconnect();
      if (frame.current) cancelAnimationFrame(frame.current);
      frame.current = 0;
      if (mapAreaRef.current) mapAreaRef.current.style.transform = '';
    };
  }, [mode, schedule, hostVh]);

  // ---- stepper mode: buttons, keys, swipes ----
  const go = useCallback((move: StepMove) => setActive((current) => applyMove(current, move, total)), [total]);

  useEffect(() => {
    if (mode !== 'stepper') return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || isEditable(event.target)) return;
      // With map gestures on, the arrow keys belong to the map while it has focus.
      if (options?.interactive && event.target instanceof Element && event.target.closest('.story-map')) return;
      const move = keyMove(event.key, rtl);
      if (!move) return;
      event.preventDefault();
      go(move);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [mode, rtl, go, options]);

  const touch = useRef<{ x: number; y: number } | null>(null);
  const onTouchStart = (event: TouchEvent) => {
    const point = event.touches[0];
    const onMap = event.target instanceof Element && event.target.closest('.story-map');
    touch.current = mode === 'stepper' && event.touches.length === 1 && point && !(options?.interactive && onMap) ? { x: point.clientX, y: point.clientY } : null;
  };
  const onTouchEnd = (event: TouchEvent) => {
    const start = touch.current;
    const point = event.changedTouches[0];
    touch.current = null;
    if (!start || !point) return;
    const move = swipeMove(point.clientX - start.x, point.clientY - start.y, rtl);
    if (move) go(move);
  };

  const storyHref = `/${lang}/#${encodeURIComponent(step.id)}`;
  const style = { '--host-vh': `${hostVh}px` } as CSSProperties;
  const hydrated = options !== null;

  return (
    <main className="embed" data-mode={mode} data-ready={hydrated || undefined} style={style}>
      <h1 className="visually-hidden embed__title">{t.siteTitle}</h1>
      {/* First, and without margins: an absolutely positioned element at the end would stick out of
          the measured height (its static position is below the footer) and make the frame scroll. */}
      <p className="visually-hidden embed__live" aria-live="polite" data-testid="step-announcement">
        {announcement}
      </p>
      <div className="embed__stage" ref={areaRef} onTouchStart={onTouchStart} onTouchEnd={onTouchEnd} onTouchCancel={() => (touch.current = null)}>
        <div className="embed__map" ref={mapAreaRef}>
          <StoryMap
            data={data}
            countries={countries}
            stepIndex={active}
            getPadding={measureEmbedPadding}
            interactive={options?.interactive ?? false}
            reducedMotion={reducedMotion}
            label={t.mapLabel}
            onStatus={onStatus}
          />
          <p className="embed__badge" aria-hidden="true">
            <span>{t.step(active + 1, total)}</span> · <span>{formatIsoDate(step.date, lang)}</span>
          </p>
        </div>
        <div className="embed__panel">
          {mapStatus === 'unavailable' ? (
            <p className="embed__notice" role="status">
              {t.mapUnavailable}
            </p>
          ) : null}
          <div className="embed__nav">
            <button type="button" className="step-button" onClick={() => go(-1)} aria-disabled={active === 0 || undefined} aria-label={t.previousStep}>
              <span aria-hidden="true">{rtl ? '→' : '←'}</span>
            </button>
            <p className="step-indicator">
              <span className="visually-hidden">{t.progress}: </span>
              <span data-testid="step-indicator">{t.step(active + 1, total)}</span>
            </p>
            <button type="button" className="step-button" onClick={() => go(1)} aria-disabled={active === total - 1 || undefined} aria-label={t.nextStep}>
              <span aria-hidden="true">{rtl ? '←' : '→'}</span>
            </button>
          </div>
          <div
            className="embed__slides"
            ref={slidesRef}
            // In the stepper the card scrolls inside the frame: keyboard users reach it with Tab.
            {...(hydrated && mode === 'stepper' ? { tabIndex: 0, role: 'region', 'aria-label': e.cardLabel } : {})}
          >
            {slides.map((slide, i) => (
              <div
                key={ids[i]}
                className="embed__slide"
                data-active={i === active || undefined}
                // Until hydrated every card is in the page (no-JavaScript readers get the whole story).
                inert={hydrated && mode === 'stepper' && i !== active}
              >
                {slide}
              </div>
            ))}
          </div>
        </div>
      </div>
      <footer className="embed__credit">
        <span>
          <bdi>{t.siteTitle}</bdi> · {t.credit} · <bdi>Natural Earth</bdi> · <bdi>MapLibre</bdi>
        </span>
        <a className="embed__full" href={storyHref} target="_blank" rel="noopener noreferrer">
          {e.openFullStory} <span aria-hidden="true">↗</span>
          <span className="visually-hidden"> {e.newTab}</span>
        </a>
      </footer>
    </main>
  );
}

/** Without reports from a host script, the frame's own scrolling, if it scrolls (or if opened on its own). */
function ownViewport(): ViewportMessage | null {
  const root = document.documentElement;
  if (isFramed() && root.scrollHeight <= window.innerHeight + 1) return null;
  return { type: 'story:viewport', top: 0, height: contentHeight(), viewportHeight: window.innerHeight };
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
