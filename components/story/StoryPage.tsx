import type { Lang, Story } from '@/geo/schema';
import { toStoryMapData } from '@/geo/story-view';
import type { CountryLabel } from '@/components/map/country-labels';
import { ChapterSection } from './ChapterSection';
import { StoryIndex } from './StoryIndex';
import { StoryShell } from './StoryShell';
import { LanguageSwitch } from './LanguageSwitch';
import { UI_STRINGS } from './strings';
import { describeStep } from './describe-step';
import { StaticMap } from './StaticMap';
import { EditorPanel } from '@/components/editor/EditorPanel';
import { EmbedCode } from '@/components/embed/EmbedCode';

export function StoryPage({ story, lang, countries }: { story: Story; lang: Lang; countries: CountryLabel[] }) {
  const t = UI_STRINGS[lang];
  const other: Lang = lang === 'ar' ? 'en' : 'ar';
  const chapters = story.chapters[lang];
  const data = toStoryMapData(story, lang);
  const descriptions = chapters.map((c) => describeStep(story, c, lang));
  return (
    <>
      <a className="skip-link" href="#story-text">
        {t.skipToStory}
      </a>
      <main id="story-text" tabIndex={-1}>
        <StoryShell
          lang={lang}
          data={data}
          countries={countries}
          header={
          <header className="masthead">
            <div className="masthead__inner">
              <h1>{t.siteTitle}</h1>
              <p className="masthead__dek">{t.dek}</p>
              <nav className="masthead__nav" aria-label={lang === 'ar' ? 'اللغة' : 'Language'}>
                <LanguageSwitch href={`/${other}/`} lang={other} label={t.languageSwitch} />
              </nav>
              <EmbedCode lang={lang} />
            </div>
          </header>
          }
        >
          {chapters.map((chapter, i) => (
            <ChapterSection
              key={chapter.id}
              chapter={chapter}
              index={i}
              total={chapters.length}
              lang={lang}
              sources={story.sources}
              mapDescription={descriptions[i]!}
              staticMap={<StaticMap data={data} index={i} lang={lang} title={`${t.mapLabel}: ${chapter.title}`} legend={t.linkKinds} />}
            />
          ))}
        </StoryShell>
        <StoryIndex story={story} lang={lang} />
      </main>
      {process.env.NEXT_PUBLIC_EDITOR_MODE === '1' ? (
        <EditorPanel
          chapters={chapters.map((c) => ({
            id: c.id,
            file: c.file,
            title: c.title,
            places: c.places.map((id) => ({ id, name: story.places.find((p) => p.id === id)?.name[lang] ?? id })),
            links: c.links.map((id) => ({ id, label: story.links.find((l) => l.id === id)?.label[lang] ?? id })),
          }))}
        />
      ) : null}
      <footer className="site-footer">
        <p>
          {t.credit} · <bdi>Natural Earth</bdi> · <bdi>MapLibre</bdi>
        </p>
      </footer>
    </>
  );
}
