#!/usr/bin/env node
/**
 * After `next build`, before compression: gives every page a Content-Security-Policy as strict
 * as a static export allows. Next's inline scripts are allowed by their SHA-256 hashes (no
 * 'unsafe-inline' and no 'unsafe-eval' for scripts); the MapLibre worker is allowed explicitly.
 * `frame-ancestors` cannot be set from <meta>, so it goes to out/_headers, which static hosts
 * (Netlify, Cloudflare Pages) and scripts/serve.mjs read; EMBED_FRAME_ANCESTORS configures it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const OUT = process.argv[2] ?? 'out';

export function inlineScripts(html) {
  const scripts = [];
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    if (match[1]) scripts.push(match[1]);
  }
  return scripts;
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export function toPolicy(hashes) {
  return [
    "default-src 'self'",
    `script-src 'self' ${[...new Set(hashes)].join(' ')}`.trim(),
    // MapLibre starts its worker from a same-origin module file (setWorkerUrl); blob: covers its fallback.
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    // React and MapLibre set element styles; inline style attributes cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${process.env.NEXT_PUBLIC_MAP_STYLE_URL ? ` ${new URL(process.env.NEXT_PUBLIC_MAP_STYLE_URL).origin}` : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

function* htmlFiles(dir) {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) yield* htmlFiles(full);
    else if (full.endsWith('.html')) yield full;
  }
}

function addMeta(file) {
  const html = readFileSync(file, 'utf8');
  if (html.includes('http-equiv="Content-Security-Policy"')) return;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${toPolicy(inlineScripts(html).map(sha256))}"/>`;
  // First in <head>, so it governs every script after it.
  writeFileSync(file, html.replace(/<head>/, `<head>${meta}`));
}

const HEADERS = (embedAncestors, siteAncestors) => `# Security headers for static hosts (Netlify / Cloudflare Pages format; scripts/serve.mjs reads it too).
# The page's own Content-Security-Policy is in each HTML file's <meta>; frame-ancestors can only be a header.
/*
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Content-Security-Policy: frame-ancestors ${siteAncestors}
  Permissions-Policy: camera=(), microphone=(), geolocation=()

/ar/embed/*
  Content-Security-Policy: frame-ancestors ${embedAncestors}

/en/embed/*
  Content-Security-Policy: frame-ancestors ${embedAncestors}
`;

if (process.argv[1]?.endsWith('add-csp.mjs')) {
  let count = 0;
  for (const file of htmlFiles(OUT)) {
    addMeta(file);
    count++;
  }
  // News sites embed the story: embeds may be framed by any site unless the publisher narrows it.
  writeFileSync(path.join(OUT, '_headers'), HEADERS(process.env.EMBED_FRAME_ANCESTORS ?? '*', process.env.SITE_FRAME_ANCESTORS ?? "'self'"));
  console.log(`add-csp: Content-Security-Policy added to ${count} pages; out/_headers written`);
}
