import type { MetadataRoute } from 'next';
import { SITE_URL } from '@/geo/site';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return ['ar', 'en'].map((lang) => ({
    url: `${SITE_URL}/${lang}/`,
    alternates: { languages: { ar: `${SITE_URL}/ar/`, en: `${SITE_URL}/en/` } },
  }));
}
