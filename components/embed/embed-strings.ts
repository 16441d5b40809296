/** The embed's own words (the story's words come from content/, the site's from components/story/strings.ts). */
import type { Lang } from '@/geo/schema';

export interface EmbedStrings {
  openFullStory: string;
  cardLabel: string;
  newTab: string;
  embed: string;
  embedCode: string;
  modeLabel: string;
  stepperMode: string;
  scrollMode: string;
  copy: string;
  copied: string;
  copyByHand: string;
  stepperHint: string;
  scrollHint: string;
}

export const EMBED_STRINGS: Record<Lang, EmbedStrings> = {
  ar: {
    openFullStory: 'اقرأ القصة كاملة',
    cardLabel: 'نص الخطوة',
    newTab: '(تُفتح في علامة تبويب جديدة)',
    embed: 'تضمين',
    embedCode: 'شيفرة التضمين',
    modeLabel: 'طريقة العرض',
    stepperMode: 'خطوة بخطوة (ارتفاع ثابت)',
    scrollMode: 'مع تمرير الصفحة',
    copy: 'نسخ',
    copied: 'تم النسخ',
    copyByHand: 'الشيفرة محددة: اضغط Ctrl+C أو ⌘C للنسخ',
    stepperHint: 'إطار واحد لا يحتاج شيئًا من الموقع المضيف. يبدأ من الخطوة الحالية.',
    scrollHint: 'يتقدّم مع تمرير الصفحة المضيفة؛ يحتاج السكربت embed.js.',
  },
  en: {
    openFullStory: 'Read the full story',
    cardLabel: 'Step text',
    newTab: '(opens in a new tab)',
    embed: 'Embed',
    embedCode: 'Embed code',
    modeLabel: 'Layout',
    stepperMode: 'Step by step (fixed height)',
    scrollMode: 'Follows the page scroll',
    copy: 'Copy',
    copied: 'Copied',
    copyByHand: 'The code is selected: press Ctrl+C or ⌘C to copy',
    stepperHint: 'One iframe; needs nothing from the host site. Starts at the current step.',
    scrollHint: 'Steps advance as the host page scrolls; needs the embed.js script.',
  },
};
