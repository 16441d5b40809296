import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { LANGS, type Lang } from '@/geo/schema';
import { UI_STRINGS } from '@/components/story/strings';
import '../globals.css';

export const dynamicParams = false;
export function generateStaticParams() {
  return LANGS.map((lang) => ({ lang }));
}

const isLang = (value: string): value is Lang => (LANGS as readonly string[]).includes(value);

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = await params;
  if (!isLang(lang)) return {};
  const t = UI_STRINGS[lang];
  return {
    title: t.siteTitle,
    description: t.dek,
    alternates: { languages: { ar: '/ar/', en: '/en/', 'x-default': '/ar/' } },
    icons: { icon: '/favicon.svg' },
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0e2a3b' };

export default async function LangLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  return (
    <html lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'}>
      <body>{children}</body>
    </html>
  );
}
