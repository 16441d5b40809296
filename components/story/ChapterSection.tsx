import type { ReactNode } from 'react';
import type { Chapter, Lang, Source } from '@/geo/schema';
import { toSafeHtml } from '@/geo/markdown';
import { Citation } from './Citation';
import { UI_STRINGS, formatIsoDate } from './strings';

export interface ChapterSectionProps {
  chapter: Chapter;
  index: number;
  total: number;
  lang: Lang;
  sources: Source[];
  /** A sentence saying what the map shows at this step, for readers who cannot see it. */
  mapDescription: string;
  /** The chapter's static map (<StaticMap>): with JavaScript off, without WebGL, in print. */
  staticMap?: ReactNode;
}

export function ChapterSection({ chapter, index, total, lang, sources, mapDescription, staticMap }: ChapterSectionProps) {
  const t = UI_STRINGS[lang];
  const cited = chapter.sources.map((id) => sources.find((s) => s.id === id)!);
  return (
    <section id={chapter.id} className="chapter" aria-labelledby={`${chapter.id}-title`} data-step-index={index} tabIndex={-1}>
      <div className="chapter__card">
        <p className="chapter__meta">
          <time dateTime={chapter.date}>{formatIsoDate(chapter.date, lang)}</time>
          <span className="chapter__count">{t.step(index + 1, total)}</span>
        </p>
        <h2 id={`${chapter.id}-title`}>{chapter.title}</h2>
        {/* Sanitized at build time by geo/markdown.ts: no script, handler or unsafe URL survives. */}
        <div className="chapter__body" dangerouslySetInnerHTML={{ __html: toSafeHtml(chapter.body, lang) }} />
        {staticMap}
        <p className="chapter__map-description visually-hidden">{mapDescription}</p>
        <footer className="chapter__sources">
          <h3>{t.sources}</h3>
          <ul>
            {cited.map((s) => (
              <li key={s.id}>
                <Citation source={s} lang={lang} />
              </li>
            ))}
          </ul>
        </footer>
      </div>
    </section>
  );
}
