import { checkContent } from '@/geo/load-content';
import { loadCountryLabels } from '@/geo/load-country-labels';
import { ContentError } from '@/geo/problems';
import { LANGS, type Lang } from '@/geo/schema';
import { StoryPage } from '@/components/story/StoryPage';
import { ContentProblems } from '@/components/editor/ContentProblems';

export default async function Page({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  const { story, problems } = checkContent();
  if (!story) {
    // The preview shows the problems in the page; a build fails with exactly the check's messages.
    if (process.env.NODE_ENV === 'development') return <ContentProblems problems={problems} />;
    throw new ContentError(problems);
  }
  return <StoryPage story={story} lang={lang as Lang} countries={loadCountryLabels(lang as Lang)} />;
}

export function generateStaticParams() {
  return LANGS.map((lang) => ({ lang }));
}
