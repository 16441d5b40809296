import { loadStory } from '@/geo/load-content';
import { loadCountryLabels } from '@/geo/load-country-labels';
import { LANGS, type Lang } from '@/geo/schema';
import { StoryPage } from '@/components/story/StoryPage';

export default async function Page({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  // Invalid content throws a ContentError here, failing the build with the check's messages.
  const story = loadStory();
  return <StoryPage story={story} lang={lang as Lang} countries={loadCountryLabels(lang as Lang)} />;
}

export function generateStaticParams() {
  return LANGS.map((lang) => ({ lang }));
}
