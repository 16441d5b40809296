/**
 * /ar/embed/ and /en/embed/: the story in a compact frame for other sites (see README, "Embedding").
 * Options (`?mode=stepper|scroll`, `?step=<chapter-id>`, `?interactive=1`, pym's `?childId=`) are
 * read in the browser: the page is static, one HTML file per language.
 */
import type { Metadata } from 'next';
import { checkContent } from '@/geo/load-content';
import { loadCountryLabels } from '@/geo/load-country-labels';
import { ContentError } from '@/geo/problems';
import type { Lang } from '@/geo/schema';
import { toStoryMapData } from '@/geo/story-view';
import { ChapterSection } from '@/components/story/ChapterSection';
import { describeStep } from '@/components/story/describe-step';
import { ContentProblems } from '@/components/editor/ContentProblems';
import { EmbedShell } from '@/components/embed/EmbedShell';
// As on the story page: the preview's watcher rewrites it when content changes, re-rendering the page.
import contentVersion from '@/geo/generated/content-version.json';
import '../../embed.css';

// The frame is not a page of its own for search engines; its canonical URL (from the layout) is the story.
export const metadata: Metadata = { robots: { index: false, follow: true } };

export default async function EmbedPage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang: param } = await params;
  const lang = param as Lang;
  const { story, problems } = checkContent();
  if (!story) {
    if (process.env.NODE_ENV === 'development') return <ContentProblems problems={problems} />;
    throw new ContentError(problems);
  }
  const chapters = story.chapters[lang];
  const descriptions = chapters.map((c) => describeStep(story, c, lang));
  return (
    <EmbedShell
      key={String(contentVersion.version)}
      lang={lang}
      data={toStoryMapData(story, lang)}
      countries={loadCountryLabels(lang)}
      slides={chapters.map((chapter, i) => (
        <ChapterSection
          key={chapter.id}
          chapter={chapter}
          index={i}
          total={chapters.length}
          lang={lang}
          sources={story.sources}
          mapDescription={descriptions[i]!}
        />
      ))}
    />
  );
}
