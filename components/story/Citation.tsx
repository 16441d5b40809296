import type { Lang, Source } from '@/geo/schema';
import { UI_STRINGS, formatIsoDate } from './strings';

/** Outlet, headline as published (isolated: it is Arabic inside English text), and date. */
export function Citation({ source, lang }: { source: Source; lang: Lang }) {
  const t = UI_STRINGS[lang];
  const date = source.date ? formatIsoDate(source.date, lang) : t.dateUnknown;
  return (
    <cite className="citation" id={`source-${source.id}`}>
      <bdi>{source.outlet[lang]}</bdi>
      {lang === 'ar' ? '، ' : ', '}
      <q>
        <bdi lang={source.language} dir={source.language === 'ar' ? 'rtl' : 'ltr'}>
          {source.headline}
        </bdi>
      </q>
      {lang !== source.language ? <span className="citation__translation"> ({source.headlineEn})</span> : null}
      {lang === 'ar' ? '، ' : ', '}
      <span className="citation__date">{date}</span>
    </cite>
  );
}
