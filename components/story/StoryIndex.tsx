import type { Lang, Story } from '@/geo/schema';
import { Citation } from './Citation';
import { UI_STRINGS, formatIsoDate } from './strings';

/** Every place, link and source as text: the map's content for readers without the map. */
export function StoryIndex({ story, lang }: { story: Story; lang: Lang }) {
  const t = UI_STRINGS[lang];
  const name = (id: string) => story.places.find((p) => p.id === id)?.name[lang] ?? id;
  return (
    <section className="story-index" aria-labelledby="index-title">
      <h2 id="index-title">{`${t.placesHeading} · ${t.linksHeading} · ${t.sources}`}</h2>
      <h3>{t.placesHeading}</h3>
      <ul className="place-list">
        {story.places.map((p) => (
          <li key={p.id} data-place={p.id}>
            {p.name[lang]}
          </li>
        ))}
      </ul>
      <h3>{t.linksHeading}</h3>
      <ul className="link-list">
        {story.links.map((l) => (
          <li key={l.id} data-link={l.id}>
            <span>{`${name(l.from)} → ${name(l.to)}`}</span>: {l.label[lang]} ({t.linkKinds[l.kind]}, <time dateTime={l.date}>{formatIsoDate(l.date, lang)}</time>){' '}
            {l.sources.map((s) => (
              <a key={s} href={`#source-${s}`} className="source-ref">
                [{story.sources.findIndex((x) => x.id === s) + 1}]
              </a>
            ))}
          </li>
        ))}
      </ul>
      <h3>{t.sourcesHeading}</h3>
      <ol className="source-list">
        {story.sources.map((s) => (
          <li key={s.id}>
            <Citation source={s} lang={lang} />
          </li>
        ))}
      </ol>
    </section>
  );
}
