// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // A static export: the story is plain files that any static host or CDN can serve.
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  env: {
    // Optional external basemap style for sites that have one; empty means the built-in basemap.
    NEXT_PUBLIC_MAP_STYLE_URL: process.env.NEXT_PUBLIC_MAP_STYLE_URL ?? '',
  },
};

module.exports = nextConfig;
