/**
 * <StaticMap>: an image of the chapter's map file, with a text alternative, its size reserved from
 * the drawing (nothing moves when it arrives) and loaded only when shown. The file itself is
 * tested in __tests__/app/static-map-route.test.ts.
 */
import { render, screen } from '@testing-library/react';
import { loadStory } from '@/geo/load-content';
import { toBasemap, type Basemap } from '@/geo/basemap';
import { LANGS, type Lang } from '@/geo/schema';
import { toStoryMapData, type StoryMapData } from '@/geo/story-view';
import { toStaticMap } from '@/geo/static-map';
import { StaticMap } from '@/components/story/StaticMap';
import { UI_STRINGS } from '@/components/story/strings';

let basemap: Basemap;
const data = {} as Record<Lang, StoryMapData>;

beforeAll(() => {
  const story = loadStory();
  basemap = toBasemap();
  for (const lang of LANGS) data[lang] = toStoryMapData(story, lang);
});

describe.each(LANGS)('StaticMap in %s', (lang) => {
  it.each(['overview', 'lusail-visit'])('shows step "%s" as a lazily loaded image of its own file, named by its title', (stepId) => {
    const index = data[lang].steps.findIndex((s) => s.id === stepId);
    const title = `${UI_STRINGS[lang].mapLabel}: ${data[lang].steps[index]!.title}`;
    render(<StaticMap data={data[lang]} index={index} lang={lang} title={title} legend={UI_STRINGS[lang].linkKinds} />);
    const img = screen.getByRole('img', { name: title });
    expect(img.tagName).toBe('IMG');
    expect(img).toHaveAttribute('src', `/${lang}/maps/figure/${stepId}.svg`);
    expect(img).toHaveAttribute('loading', 'lazy');
    expect(img.closest('figure')).toHaveClass('static-map');
    expect(img.closest('figure')).toHaveAttribute('data-step', stepId);
    // The reserved box is the drawing's: the map, plus its key when the step has links.
    const drawing = toStaticMap(data[lang], index, basemap, { legend: UI_STRINGS[lang].linkKinds });
    expect(img).toHaveAttribute('width', String(drawing.width));
    expect(img).toHaveAttribute('height', String(drawing.height));
    if (data[lang].steps[index]!.links.length > 0) expect(drawing.height).toBeGreaterThan(drawing.mapHeight);
  });

  it('refuses map data in another language than the page', () => {
    const other: Lang = lang === 'ar' ? 'en' : 'ar';
    const errors = jest.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<StaticMap data={data[other]} index={0} lang={lang} title="x" legend={{}} />)).toThrow(/map data/);
    errors.mockRestore();
  });
});
