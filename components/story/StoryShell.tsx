'use client';
/**
 * The reader's side of the story: which step is active (from the scroll position), the map
 * that follows it, the progress indicator and timeline, and the step's URL.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Lang } from '@/geo/schema';
import type { StoryMapData } from '@/geo/story-view';
import { LINK_KINDS } from '@/geo/schema';
import { LINK_STYLES } from '@/geo/palette';
import { StoryMap, type MapStatus } from '@/components/map/StoryMap';
import type { CountryLabel } from '@/components/map/country-labels';
import { UI_STRINGS, formatIsoDate } from './strings';
import { useActiveStep } from './use-active-step';
import { useReducedMotion } from './use-reduced-motion';
import { dispatchStep } from './step-events';
import { measureMapPadding } from './map-padding';

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
  const [mapStatus, setMapStatus] = useState<MapStatus>('loading');
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

  return (
    <div className="story" data-exploring={exploring || undefined}>
      <div className="story__map" data-testid="map-column">
        <StoryMap
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
          <p className="step-indicator" aria-live="off">
            <span className="visually-hidden">{t.progress}: </span>
            <span data-testid="step-indicator">{t.step(active + 1, total)}</span>
          </p>
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
      <div className="story__cards">
        {header}
        {children}
      </div>
    </div>
  );
}
