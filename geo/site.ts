/** Where the story is published; absolute URLs (canonical, Open Graph, sitemap) are built from it. */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
