/**
 * What a page of the export needs, read from its files: the assets its HTML links, the
 * @font-face rules of its CSS, the characters it can show. Pure functions (text in, data out).
 */

/** Attributes of one start tag: `<link rel="x" href="y" async>` → { rel: 'x', href: 'y', async: '' }. */
export function attributesOf(tag) {
  const attributes = {};
  for (const m of tag.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = m[1].toLowerCase();
    if (name === 'link' || name === 'script') continue;
    attributes[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attributes;
}

/**
 * The CSS and JavaScript a page loads by itself, in document order: stylesheets, preloads
 * (script, style, font) and module preloads, and scripts with a src. `nomodule` scripts are
 * left out (only browsers without modules load them); so are icons, canonical and alternate links.
 */
export function htmlAssets(html) {
  const urls = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const m of withoutComments.matchAll(/<(link|script)\b[^>]*>/gi)) {
    const a = attributesOf(m[0]);
    if (m[1].toLowerCase() === 'script') {
      if (a.src && !('nomodule' in a)) urls.push(a.src);
      continue;
    }
    const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
    const preload = rel.includes('preload') && ['script', 'style', 'font'].includes((a.as ?? '').toLowerCase());
    if (a.href && (rel.includes('stylesheet') || rel.includes('modulepreload') || preload)) urls.push(a.href);
  }
  return [...new Set(urls)];
}

/** A same-site URL of the page as a path inside out/ ("/_next/x.js?v=1" → "_next/x.js"); null for other sites. */
export function urlToOutPath(url, pagePath = '/') {
  if (/^(data|blob|about|javascript|mailto):/i.test(url)) return null;
  let resolved;
  try {
    resolved = new URL(url, `http://site.invalid${pagePath}`);
  } catch {
    return null;
  }
  if (resolved.host !== 'site.invalid') return null;
  return decodeURIComponent(resolved.pathname).replace(/^\/+/, '');
}

/** `U+0600-06FF, U+6??, U+200C` → [[0x600, 0x6ff], [0x600, 0x6ff], [0x200c, 0x200c]]. */
export function parseUnicodeRange(value) {
  const ranges = [];
  for (const part of value.split(',')) {
    const m = /^\s*u\+([0-9a-f?]{1,6})(?:-([0-9a-f]{1,6}))?\s*$/i.exec(part);
    if (!m) continue;
    if (m[1].includes('?')) ranges.push([parseInt(m[1].replace(/\?/g, '0'), 16), parseInt(m[1].replace(/\?/g, 'f'), 16)]);
    else ranges.push([parseInt(m[1], 16), parseInt(m[2] ?? m[1], 16)]);
  }
  return ranges;
}

export const inRanges = (ranges, codePoint) => ranges.some(([from, to]) => codePoint >= from && codePoint <= to);

/** The @font-face rules of a stylesheet: family, weight, style, the first src url, unicode-range (all of Unicode when absent). */
export function fontFaces(css) {
  const faces = [];
  for (const block of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/@font-face\s*\{([^}]*)\}/gi)) {
    const body = block[1];
    const property = (name) => new RegExp(`(?:^|;|\\s)${name}\\s*:\\s*([^;]+)`, 'i').exec(body)?.[1]?.trim();
    const src = property('src') ?? '';
    const url = /url\(\s*(?:"([^"]+)"|'([^']+)'|([^)\s]+))\s*\)/i.exec(src);
    faces.push({
      family: (property('font-family') ?? '').replace(/^["']|["']$/g, ''),
      weight: property('font-weight') ?? '400',
      style: property('font-style') ?? 'normal',
      url: url ? (url[1] ?? url[2] ?? url[3]) : null,
      unicodeRange: parseUnicodeRange(property('unicode-range') ?? 'U+0-10FFFF'),
    });
  }
  return faces;
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e) => {
    if (e[0] === '#') return String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? whole;
  });
}

/** Characters that are never drawn: controls, format characters (bidi marks, joiners), line and paragraph separators. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/u;

/**
 * The characters a page can show: its text, the strings in its inline scripts (the React payload
 * carries what the client renders later, such as the map's labels), and the characters written
 * literally in `scripts` (the page's own JavaScript). Tags and attributes are not shown.
 */
export function pageCharacters(html, scripts = []) {
  const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]);
  const text = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, ' ')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ');
  const unescape = (s) => s.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
  const all = [decodeEntities(text), ...inline.map(unescape), ...scripts.map((s) => s.replace(/[\x00-\x7f]+/g, ''))].join('');
  const set = new Set();
  for (const ch of all) if (!INVISIBLE.test(ch) && ch !== '\t' && ch !== '\n' && ch !== '\r') set.add(ch.codePointAt(0));
  return set;
}

/** The faces a page uses: those whose unicode-range holds at least one of its characters. */
export function usedFaces(faces, characters) {
  return faces.filter((face) => [...characters].some((cp) => inRanges(face.unicodeRange, cp)));
}

/**
 * Characters that a face claims (unicode-range) but that no face of the same weight and style
 * claiming them can draw (`codePointsByUrl` holds each font file's cmap). The browser would fall
 * back to a system font for them, letter by letter, which breaks Arabic joining.
 */
export function missingGlyphs(faces, characters, codePointsByUrl) {
  const missing = [];
  for (const cp of [...characters].sort((a, b) => a - b)) {
    const claiming = faces.filter((f) => inRanges(f.unicodeRange, cp));
    const variants = new Set(claiming.map((f) => `${f.weight}/${f.style}`));
    for (const variant of variants) {
      const ofVariant = claiming.filter((f) => `${f.weight}/${f.style}` === variant);
      if (!ofVariant.some((f) => codePointsByUrl.get(f.url)?.has(cp))) missing.push({ codePoint: cp, variant, faces: ofVariant.map((f) => f.url) });
    }
  }
  return missing;
}
