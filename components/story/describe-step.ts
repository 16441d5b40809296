import type { Chapter, Lang, Story } from '@/geo/schema';
import { UI_STRINGS } from './strings';

/** "The map shows Rabat, Doha and Lusail Stadium, with 2 links: …" in the page's language. */
export function describeStep(story: Story, chapter: Chapter, lang: Lang): string {
  const t = UI_STRINGS[lang];
  const list = new Intl.ListFormat(lang, { type: 'conjunction' });
  const name = (id: string) => story.places.find((p) => p.id === id)?.name[lang] ?? id;
  const places = list.format(chapter.places.map(name));
  const links = chapter.links.map((id) => {
    const link = story.links.find((l) => l.id === id)!;
    return `${name(link.from)} → ${name(link.to)} (${t.linkKinds[link.kind]}: ${link.label[lang]})`;
  });
  if (lang === 'ar') {
    return `تُظهر الخريطة: ${places}.${links.length ? ` الروابط: ${links.join('؛ ')}.` : ''}`;
  }
  return `The map shows ${places}.${links.length ? ` Links: ${links.join('; ')}.` : ''}`;
}
