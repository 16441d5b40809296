'use client';
/**
 * The reader's side of the story: which step is active (from the scroll position), the map
 * that follows it, the progress indicator and timeline, and the step's URL.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Lang } from '@/geo/schema';
import type { StoryMapData } from '@/geo/story-view';
import { LINK_KINDS } from '@/geo/kinds';
import { LINK_STYLES } from '@/geo/palette';
import { StoryMap, type MapStatus } from '@/components/map/StoryMap';
import type { CountryLabel } from '@/components/map/country-labels';
import { UI_STRINGS, formatIsoDate } from './strings';
import { readingLine, useActiveStep } from './use-active-step';
import { useReducedMotion } from './use-reduced-motion';
import { dispatchStep } from './step-events';
import { measureMapPadding } from './map-padding';
import { stepDescription } from './step-description';
import { useReaderEngaged } from './use-reader-engaged';
import { staticMapUrl } from '@/geo/static-map-url';

export interface StoryShellProps {
  lang: Lang;
  data: StoryMapData;
  countries: CountryLabel[];
  /** The title block: the first thing in the text column, scrolling over the map like a card. */
  header: ReactNode;
  children: ReactNode;
}

export function StoryShell({ lang, data, countries, header, children }: StoryShellProps) {
  const t = UI_STRINGS[lang];
  const ids = useMemo(() => data.steps.map((s) => s.id), [data]);
  const active = useActiveStep(ids);
  const [reducedMotion, setReducedMotion] = useReducedMotion();
  const [exploring, setExploring] = useState(false);
  const [mapStatus, setMapStatus] = useState<MapStatus>('waiting');
  const engaged = useReaderEngaged();
  // The key starts open where there is room for it (not on phones, where the map is small).
  const [legendOpen, setLegendOpen] = useState(false);
  useEffect(() => setLegendOpen(window.matchMedia('(min-width: 900px)').matches), []);
  const firstStep = useRef(true);
  const step = data.steps[active]!;
  const total = data.steps.length;

  useEffect(() => {
    // The first measurement only reflects where the page opened: do not rewrite a URL the reader did not change.
    if (firstStep.current) {
      firstStep.current = false;
      if (!window.location.hash && active === 0) return;
    }
    history.replaceState(history.state, '', `#${step.id}`);
    dispatchStep({ id: step.id, index: active, total, lang });
  }, [active, step.id, total, lang]);

  useEffect(() => {
    document.documentElement.dataset.map = mapStatus;
  }, [mapStatus]);

  const onStatus = useCallback((s: MapStatus) => setMapStatus(s), []);

  // The chapters' static maps load lazily, and a hidden one never: printing shows them all.
  useEffect(() => {
    const loadAll = () => document.querySelectorAll<HTMLImageElement>('.static-map img[loading="lazy"]').forEach((img) => (img.loading = 'eager'));
    window.addEventListener('beforeprint', loadAll);
    return () => window.removeEventListener('beforeprint', loadAll);
  }, []);

  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (firstStep.current) return;
    setAnnouncement(`${t.step(active + 1, total)}. ${step.title}. ${stepDescription(step.id)}`);
  }, [active, step.id, step.title, total, t]);

  const goToStep = useCallback(
    (index: number) => {
      const target = data.steps[Math.max(0, Math.min(total - 1, index))];
      const section = target && document.getElementById(target.id);
      if (!section) return;
      section.focus({ preventScroll: true });
      scrollToReadingLine(section, reducedMotion);
    },
    [data.steps, total, reducedMotion],
  );

  // Arrow and Page keys step through the chapters (not while the reader explores the map or types).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (exploring || event.altKey || event.ctrlKey || event.metaKey || isEditable(event.target)) return;
      const delta = { ArrowDown: 1, PageDown: 1, ArrowUp: -1, PageUp: -1 }[event.key];
      if (!delta) return;
      event.preventDefault();
      goToStep(active + delta);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, exploring, goToStep]);

  return (
    <div className="story" data-exploring={exploring || undefined}>
      <div className="story__map" data-testid="map-column">
        {/* The same view, drawn at build time: what the map column shows until the live map is
            ready (and all it shows before the reader engages). Decorative: the canvas is hidden
            from assistive technology too, and each step's map is described in words. */}
        <picture>
          <source media="(min-width: 900px)" srcSet={staticMapUrl(lang, 'preview-wide', step.id)} />
          {/* High priority: the picture is the largest thing in the first view (Largest Contentful Paint). */}
          <img className="map-preview" src={staticMapUrl(lang, 'preview-narrow', step.id)} alt="" aria-hidden="true" fetchPriority="high" />
        </picture>
        <StoryMap
          // The editors' preview starts at once: the editor panel shows the live camera.
          start={engaged || process.env.NEXT_PUBLIC_EDITOR_MODE === '1'}
          data={data}
          countries={countries}
          stepIndex={active}
          getPadding={measureMapPadding}
          interactive={exploring}
          reducedMotion={reducedMotion}
          label={t.mapLabel}
          onStatus={onStatus}
        />
        <div className="map-top">
          <button type="button" className="step-button" onClick={() => goToStep(active - 1)} disabled={active === 0} aria-label={t.previousStep}>
            <span aria-hidden="true">{lang === 'ar' ? '→' : '←'}</span>
          </button>
          <p className="step-indicator">
            <span className="visually-hidden">{t.progress}: </span>
            <span data-testid="step-indicator">{t.step(active + 1, total)}</span>
          </p>
          <button type="button" className="step-button" onClick={() => goToStep(active + 1)} disabled={active === total - 1} aria-label={t.nextStep}>
            <span aria-hidden="true">{lang === 'ar' ? '←' : '→'}</span>
          </button>
          <nav className="timeline" aria-label={t.timeline}>
            <ol>
              {data.steps.map((s, i) => (
                <li key={s.id}>
                  <a href={`#${s.id}`} aria-current={i === active ? 'step' : undefined} title={`${formatIsoDate(s.date, lang)}: ${s.title}`}>
                    <span className="visually-hidden">{`${formatIsoDate(s.date, lang)}: ${s.title}`}</span>
                  </a>
                </li>
              ))}
            </ol>
            <span className="timeline__date" aria-hidden="true">{formatIsoDate(step.date, lang)}</span>
          </nav>
        </div>
        {mapStatus === 'unavailable' ? <p className="map-notice" role="status">{t.mapUnavailable}</p> : null}
        <div className="map-legend">
          <details className="map-legend__key" open={legendOpen} onToggle={(e) => setLegendOpen(e.currentTarget.open)}>
            <summary>{t.legend}</summary>
            <ul>
              {LINK_KINDS.map((kind) => (
                <li key={kind}>
                  <svg width="34" height="10" aria-hidden="true">
                    <line x1="2" y1="5" x2="32" y2="5" stroke={LINK_STYLES[kind].color} strokeWidth="3" strokeDasharray={LINK_STYLES[kind].dash.map((d) => d * 3).join(' ') || undefined} />
                  </svg>
                  {t.linkKinds[kind]}
                </li>
              ))}
            </ul>
          </details>
          <div className="map-controls">
            <button type="button" className="map-button" aria-pressed={exploring} onClick={() => setExploring((x) => !x)} disabled={mapStatus !== 'ready'}>
              {exploring ? t.backToStory : t.exploreMap}
            </button>
            <button type="button" className="map-button" aria-pressed={reducedMotion} onClick={() => setReducedMotion(!reducedMotion)}>
              {t.motionOff}
            </button>
          </div>
        </div>
      </div>
      <p className="visually-hidden" aria-live="polite" data-testid="step-announcement">
        {announcement}
      </p>
      <div className="story__cards">
        {header}
        {children}
      </div>
    </div>
  );
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Brings a chapter to the reading line, where the scroll position makes it the active step. */
export function scrollToReadingLine(section: HTMLElement, instant: boolean): void {
  const top = section.getBoundingClientRect().top + window.scrollY;
  const line = window.innerHeight * readingLine();
  window.scrollTo({ top: Math.max(0, top - line + 40), behavior: instant ? 'instant' : 'smooth' });
}
