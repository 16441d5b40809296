/**
 * <StaticMap>: an image with an accessible name, the step's place names in the page's language,
 * and the same drawing as the standalone SVG (geo/static-map.ts), rendered through React.
 */
import { render, screen, within } from '@testing-library/react';
import { loadStory } from '@/geo/load-content';
import { toBasemap, type Basemap } from '@/geo/basemap';
import { LANGS, type Lang, type Story } from '@/geo/schema';
import { toStoryMapData, type StoryMapData } from '@/geo/story-view';
import { toStaticMap, toSvgString } from '@/geo/static-map';
import { StaticMap } from '@/components/story/StaticMap';
import { UI_STRINGS } from '@/components/story/strings';

let story: Story;
let basemap: Basemap;
const data = {} as Record<Lang, StoryMapData>;

beforeAll(() => {
  story = loadStory();
  basemap = toBasemap();
  for (const lang of LANGS) data[lang] = toStoryMapData(story, lang);
});

function renderStep(lang: Lang, stepId: string) {
  const index = data[lang].steps.findIndex((s) => s.id === stepId);
  const step = data[lang].steps[index]!;
  const title = `${UI_STRINGS[lang].mapLabel}: ${step.title}`;
  const result = render(
    <StaticMap data={data[lang]} index={index} basemap={basemap} lang={lang} title={title} legend={UI_STRINGS[lang].linkKinds} />,
  );
  return { ...result, step, index, title };
}

const placeName = (lang: Lang, id: string) => story.places.find((p) => p.id === id)!.name[lang];

describe.each(LANGS)('StaticMap in %s', (lang) => {
  let errors: jest.SpyInstance;
  beforeEach(() => {
    errors = jest.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    // React reports unknown or misspelled SVG props (e.g. `paint-order` instead of `paintOrder`) here.
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('renders a figure with an svg image named by its title', () => {
    const { container, title } = renderStep(lang, 'network');
    const img = screen.getByRole('img', { name: title });
    expect(img.tagName.toLowerCase()).toBe('svg');
    expect(img.closest('figure')).toHaveClass('static-map');
    expect(img.getAttribute('viewBox')).toMatch(/^0 0 640 \d+$/);
    expect(img).toHaveAttribute('width', '100%');
    // Geometry is never mirrored, in either language.
    expect(img).toHaveAttribute('dir', 'ltr');
    expect(img).toHaveAttribute('direction', 'ltr');
    expect(container.querySelectorAll('svg')).toHaveLength(1);
  });

  it.each(['network', 'lusail-visit', 'bahrain-meeting'])('names every place of step "%s" in the page language', (stepId) => {
    const { step } = renderStep(lang, stepId);
    const img = screen.getByRole('img');
    const texts = [...img.querySelectorAll('text')];
    for (const id of step.places) {
      const name = placeName(lang, id);
      const text = texts.find((t) => t.textContent === name);
      expect(text).toBeDefined();
      // Arabic names anchor from their right edge; nothing else inherits a direction.
      if (lang === 'ar') expect(text).toHaveAttribute('direction', 'rtl');
      else expect(text).not.toHaveAttribute('direction');
    }
    const other: Lang = lang === 'ar' ? 'en' : 'ar';
    for (const id of step.places) expect(within(img as unknown as HTMLElement).queryByText(placeName(other, id))).toBeNull();
  });

  it('has unique ids, so eight maps can share a page', () => {
    const { container } = render(
      <>
        {data[lang].steps.map((s, i) => (
          <StaticMap key={s.id} data={data[lang]} index={i} basemap={basemap} lang={lang} title={s.title} />
        ))}
      </>,
    );
    const ids = [...container.querySelectorAll('[id]')].map((el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(screen.getAllByRole('img')).toHaveLength(data[lang].steps.length);
    // Each arrow marker reference resolves inside its own map.
    for (const svg of container.querySelectorAll('svg')) {
      for (const el of svg.querySelectorAll('[marker-end]')) {
        const id = /url\(#(.+)\)/.exec(el.getAttribute('marker-end')!)![1]!;
        expect(svg.querySelector(`marker[id="${id}"]`)).not.toBeNull();
      }
    }
  });

  it('draws exactly what the standalone SVG draws (one tree, two renderers)', () => {
    // A step with an inset (Doha and Lusail drawn apart), so both renderers draw every kind of element.
    const { index } = renderStep(lang, 'lusail-visit');
    const fromReact = screen.getByRole('img');
    const drawing = toStaticMap(data[lang], index, basemap, { legend: UI_STRINGS[lang].linkKinds });
    const standalone = new DOMParser().parseFromString(toSvgString(drawing, { idPrefix: `static-map-${drawing.stepId}` }), 'image/svg+xml').documentElement;
    const describe = (el: Element): string[] =>
      [...el.children]
        .filter((child) => child.tagName !== 'title')
        .flatMap((child) => [
          `${child.tagName.toLowerCase()} ${[...child.attributes].map((a) => `${a.name}=${a.value}`).sort().join(' ')} ${child.children.length ? '' : child.textContent}`,
          ...describe(child),
        ]);
    expect(describe(fromReact).length).toBeGreaterThan(50);
    expect(describe(fromReact)).toEqual(describe(standalone));
  });

  it('refuses map data in another language than the page', () => {
    const other: Lang = lang === 'ar' ? 'en' : 'ar';
    expect(() => render(<StaticMap data={data[other]} index={0} basemap={basemap} lang={lang} title="x" />)).toThrow(/map data/);
    // React logs the thrown error; that is expected here.
    errors.mockClear();
  });
});
