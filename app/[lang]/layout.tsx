import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { LANGS, type Lang } from '@/geo/schema';
import { UI_STRINGS } from '@/components/story/strings';
import '../fonts.css';
import '../globals.css';
import { SITE_URL } from '@/geo/site';

export const dynamicParams = false;

// Before first paint: with JavaScript the live map will replace the static maps, so they are hidden
// now rather than after hydration (no layout shift). If the app never starts (a blocked bundle),
// the static maps come back after a while instead of leaving the reader with no map at all.
/** Preloaded so text does not reflow when the web fonts arrive (CLS); the Arabic page has Latin names and digits too. */
const FONT_PRELOADS: Record<Lang, string[]> = {
  ar: ['/fonts/naskh-arabic.woff2', '/fonts/noto-sans-latin.woff2'],
  en: ['/fonts/noto-sans-latin.woff2'],
};

const PENDING_MAP =
  "var d=document.documentElement;d.dataset.map='pending';setTimeout(function(){if(d.dataset.map==='pending')d.dataset.map='unavailable'},8000)";
export function generateStaticParams() {
  return LANGS.map((lang) => ({ lang }));
}

const isLang = (value: string): value is Lang => (LANGS as readonly string[]).includes(value);

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = await params;
  if (!isLang(lang)) return {};
  const t = UI_STRINGS[lang];
  return {
    metadataBase: new URL(SITE_URL),
    title: t.siteTitle,
    description: t.dek,
    alternates: { canonical: `/${lang}/`, languages: { ar: '/ar/', en: '/en/', 'x-default': '/ar/' } },
    icons: { icon: '/favicon.svg' },
    openGraph: {
      type: 'article',
      title: t.siteTitle,
      description: t.dek,
      url: `/${lang}/`,
      locale: lang === 'ar' ? 'ar_MA' : 'en_GB',
      alternateLocale: lang === 'ar' ? ['en_GB'] : ['ar_MA'],
      images: [{ url: `/generated/og-${lang}.png`, width: 1200, height: 630, alt: t.mapLabel }],
    },
    twitter: { card: 'summary_large_image', title: t.siteTitle, description: t.dek, images: [`/generated/og-${lang}.png`] },
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0e2a3b' };

export default async function LangLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  return (
    <html lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: PENDING_MAP }} />
        {FONT_PRELOADS[lang].map((href) => (
          <link key={href} rel="preload" href={href} as="font" type="font/woff2" crossOrigin="anonymous" />
        ))}
      </head>
      <body>{children}</body>
    </html>
  );
}
