import { checkContent } from '@/geo/load-content';
import { loadCountryLabels } from '@/geo/load-country-labels';
import { ContentError } from '@/geo/problems';
import { LANGS, type Lang } from '@/geo/schema';
import { StoryPage } from '@/components/story/StoryPage';
import { ContentProblems } from '@/components/editor/ContentProblems';
// Rewritten by the preview's watcher whenever a content file is saved (geo/cli/dev.ts): importing it
// is what makes the dev server re-render this page with the new content.
import contentVersion from '@/geo/generated/content-version.json';

export default async function Page({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  const { story, problems } = checkContent();
  const version = String(contentVersion.version);
  if (!story) {
    // The preview shows the problems in the page; a build fails with exactly the check's messages.
    if (process.env.NODE_ENV === 'development') return <ContentProblems problems={problems} />;
    throw new ContentError(problems);
  }
  return <StoryPage key={version} story={story} lang={lang as Lang} countries={loadCountryLabels(lang as Lang)} />;
}

export function generateStaticParams() {
  return LANGS.map((lang) => ({ lang }));
}
