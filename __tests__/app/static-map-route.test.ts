/**
 * @jest-environment node
 *
 * The static map files (app/[lang]/maps/[kind]/[file]/route.ts): one per language, framing and
 * step, each a standalone SVG of that step in that language; anything else is a 404.
 */
import { loadStory } from '@/geo/load-content';
import { toBasemap } from '@/geo/basemap';
import { LANGS, type Lang, type Story } from '@/geo/schema';

// The unit tests run before a build has written public/generated/basemap.geojson: draw on the same basemap, made here.
jest.mock('@/geo/load-basemap', () => {
  const basemap = jest.requireActual('@/geo/basemap').toBasemap();
  return { loadBuiltBasemap: () => basemap };
});

import { GET, generateStaticParams } from '@/app/[lang]/maps/[kind]/[file]/route';

let story: Story;
beforeAll(() => {
  story = loadStory();
  expect(toBasemap().features.length).toBeGreaterThan(0);
});

const get = (lang: string, kind: string, file: string) =>
  GET(new Request(`http://localhost/${lang}/maps/${kind}/${file}`), { params: Promise.resolve({ lang, kind, file }) });

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('static map files', () => {
  it('lists one file per language, framing and chapter for the static export', () => {
    const params = generateStaticParams();
    const expected = LANGS.flatMap((lang) => ['figure', 'preview-wide', 'preview-narrow'].flatMap((kind) => story.chapters[lang].map((c) => `${lang}/${kind}/${c.id}.svg`)));
    expect(params.map((p) => `${p.lang}/${p.kind}/${p.file}`).sort()).toEqual(expected.sort());
  });

  it.each(LANGS)('draws each %s step as an SVG naming its places in that language', async (lang: Lang) => {
    const other: Lang = lang === 'ar' ? 'en' : 'ar';
    for (const chapter of story.chapters[lang]) {
      const response = await get(lang, 'figure', `${chapter.id}.svg`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
      const svg = await response.text();
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 640 \d+"/);
      expect(svg).toContain(`<title>`);
      expect(svg).toContain(chapter.title.replace(/&/g, '&amp;'));
      // An image cannot use the page's web fonts: it names system fonts itself.
      expect(svg).toMatch(/font-family="[^"]*sans-serif"/);
      const names = texts(svg);
      for (const id of chapter.places) {
        const place = story.places.find((p) => p.id === id)!;
        expect(names).toContain(place.name[lang]);
        expect(names).not.toContain(place.name[other]);
      }
      expect(svg.length).toBeLessThan(40_000);
    }
  });

  it.each([
    ['preview-wide', '720 600'],
    ['preview-narrow', '400 340'],
  ])('draws the %s picture at its size, without the key or an inset', async (kind, size) => {
    const figure = await (await get('en', 'figure', 'lusail-visit.svg')).text();
    const preview = await (await get('en', kind, 'lusail-visit.svg')).text();
    expect(preview).toContain(`viewBox="0 0 ${size}"`);
    // lusail-visit's figure magnifies Doha and Lusail in an inset; the preview does not.
    expect(figure).toContain('data-frame="inset"');
    expect(preview).not.toContain('data-frame="inset"');
    // The key's words are in the figure only.
    const keyWords = Object.values((await import('@/components/story/strings')).UI_STRINGS.en.linkKinds);
    expect(keyWords.some((w) => texts(figure).includes(w))).toBe(true);
    expect(keyWords.some((w) => texts(preview).includes(w))).toBe(false);
  });

  it.each([
    ['fr', 'figure', 'overview.svg'],
    ['en', 'poster', 'overview.svg'],
    ['en', 'figure', 'no-such-step.svg'],
    ['en', 'figure', 'overview'],
  ])('answers 404 for /%s/maps/%s/%s', async (lang, kind, file) => {
    expect((await get(lang, kind, file)).status).toBe(404);
  });
});
