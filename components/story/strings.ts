/** The interface's own words (the story's words live in content/). */
import type { Lang, LinkKind } from '@/geo/schema';

export interface UiStrings {
  siteTitle: string;
  dek: string;
  skipToStory: string;
  languageSwitch: string;
  otherLangName: string;
  step: (n: number, total: number) => string;
  sources: string;
  sourcesHeading: string;
  placesHeading: string;
  linksHeading: string;
  mapLabel: string;
  exploreMap: string;
  backToStory: string;
  legend: string;
  motionOff: string;
  previousStep: string;
  nextStep: string;
  linkKinds: Record<LinkKind, string>;
  published: string;
  dateUnknown: string;
  mapLoading: string;
  mapUnavailable: string;
  timeline: string;
  credit: string;
  progress: string;
}

export const UI_STRINGS: Record<Lang, UiStrings> = {
  ar: {
    siteTitle: 'المغرب وأمن مونديال قطر: شبكة تعاون سيبراني',
    dek: 'كيف انتقلت الخبرة الأمنية والسيبرانية المغربية إلى كأس العالم 2022 في قطر، ثم إلى محادثات إقليمية حول الدفاع السيبراني.',
    skipToStory: 'انتقل إلى نص القصة',
    languageSwitch: 'English',
    otherLangName: 'English',
    step: (n, total) => `${n} من ${total}`,
    sources: 'المصادر',
    sourcesHeading: 'المقالات المصدر',
    placesHeading: 'الأماكن',
    linksHeading: 'الروابط',
    mapLabel: 'خريطة القصة',
    exploreMap: 'استكشف الخريطة',
    backToStory: 'عودة إلى القصة',
    legend: 'مفتاح الخريطة',
    motionOff: 'إيقاف الحركة',
    previousStep: 'الخطوة السابقة',
    nextStep: 'الخطوة التالية',
    linkKinds: {
      cybersecurity: 'أمن سيبراني',
      'event-security': 'تأمين الحدث والشرطة',
      diplomacy: 'اتفاقات ومحادثات',
    },
    published: 'نُشر',
    dateUnknown: 'تاريخ النشر غير مذكور',
    mapLoading: 'جارٍ تحميل الخريطة…',
    mapUnavailable: 'تعذّر عرض الخريطة التفاعلية على هذا الجهاز؛ الخرائط الثابتة أدناه تعرض كل خطوة.',
    timeline: 'الخط الزمني',
    credit: 'قصة خرائطية مفتوحة المصدر',
    progress: 'التقدم في القصة',
  },
  en: {
    siteTitle: 'Morocco and the Qatar World Cup: a cyber-security network',
    dek: "How Morocco's security and cyber-security expertise travelled to the 2022 World Cup in Qatar, and on to regional talks on cyber defence.",
    skipToStory: 'Skip to the story text',
    languageSwitch: 'العربية',
    otherLangName: 'العربية',
    step: (n, total) => `${n} / ${total}`,
    sources: 'Sources',
    sourcesHeading: 'Source articles',
    placesHeading: 'Places',
    linksHeading: 'Links',
    mapLabel: 'Story map',
    exploreMap: 'Explore the map',
    backToStory: 'Back to the story',
    legend: 'Map key',
    motionOff: 'Motion off',
    previousStep: 'Previous step',
    nextStep: 'Next step',
    linkKinds: {
      cybersecurity: 'Cybersecurity',
      'event-security': 'Event security and policing',
      diplomacy: 'Agreements and talks',
    },
    published: 'Published',
    dateUnknown: 'publication date not stated',
    mapLoading: 'Loading the map…',
    mapUnavailable: 'The interactive map cannot run on this device; the static maps show every step.',
    timeline: 'Timeline',
    credit: 'An open-source map story',
    progress: 'Story progress',
  },
};

const LOCALES: Record<Lang, string> = { ar: 'ar-u-nu-latn', en: 'en-GB' };

/** "2022-05-24" → "24 May 2022" / "24 مايو 2022", at the precision the date was given. */
export function formatIsoDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (m !== undefined) options.month = 'long';
  if (d !== undefined) options.day = 'numeric';
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(date);
}
