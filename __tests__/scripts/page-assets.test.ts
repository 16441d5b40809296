/** @jest-environment node */
import {
  attributesOf,
  fontFaces,
  htmlAssets,
  inRanges,
  missingGlyphs,
  pageCharacters,
  parseUnicodeRange,
  urlToOutPath,
  usedFaces,
} from '../../scripts/lib/page-assets.mjs';

const HTML = `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charSet="utf-8"/>
<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>
<script src="/_next/static/chunks/c.js" async=""></script>
<link rel="icon" href="/favicon.svg"/><link rel="canonical" href="https://example.org/ar/"/>
<!-- <script src="/commented.js"></script> -->
<script src="/_next/static/chunks/polyfills.js" noModule=""></script>
<script src="/_next/static/chunks/b.js" async=""></script>
<script src="https://other.example/x.js"></script>
</head><body><h1>قطر &amp; Morocco</h1><p>٢٠٢٢&nbsp;—&#x2192;</p>
<script>self.__next_f.push([1,"\\u003cb\\u003eالمغرب\\u003c/b\\u003e"])</script></body></html>`;

describe('htmlAssets', () => {
  it('lists stylesheets, preloads and module scripts once, in order, without nomodule, icons or comments', () => {
    expect(htmlAssets(HTML)).toEqual(['/_next/static/chunks/a.css', '/_next/static/chunks/b.js', '/_next/static/chunks/c.js', 'https://other.example/x.js']);
  });

  it('reads attributes with and without quotes', () => {
    expect(attributesOf('<link rel=stylesheet href="/a.css" data-x=\'1\' disabled>')).toEqual({ rel: 'stylesheet', href: '/a.css', 'data-x': '1', disabled: '' });
  });
});

describe('urlToOutPath', () => {
  it('maps same-site URLs to paths in out/ and drops the others', () => {
    expect(urlToOutPath('/_next/static/chunks/a.js?v=1', '/ar/')).toBe('_next/static/chunks/a.js');
    expect(urlToOutPath('../fonts/x.woff2', '/_next/static/chunks/a.css')).toBe('_next/static/fonts/x.woff2');
    expect(urlToOutPath('https://other.example/x.js')).toBeNull();
    expect(urlToOutPath('data:font/woff2;base64,AAAA')).toBeNull();
  });
});

describe('unicode ranges and font faces', () => {
  it('parses ranges, single code points and wildcards', () => {
    expect(parseUnicodeRange('U+0600-06FF, U+6??, u+200c')).toEqual([
      [0x600, 0x6ff],
      [0x600, 0x6ff],
      [0x200c, 0x200c],
    ]);
    expect(inRanges([[0x600, 0x6ff]], 0x627)).toBe(true);
    expect(inRanges([[0x600, 0x6ff]], 0x41)).toBe(false);
  });

  it('reads @font-face rules, minified or not', () => {
    const css =
      '@font-face{font-family:Noto Naskh Arabic;font-style:normal;font-weight:700;font-display:swap;src:url(/fonts/ar-700.woff2)format("woff2");unicode-range:U+6??,U+FB50-FDFF}' +
      "/* x */ @font-face {\n  font-family: 'Noto Sans';\n  src: url('/fonts/latin.woff2') format('woff2');\n}";
    expect(fontFaces(css)).toEqual([
      { family: 'Noto Naskh Arabic', weight: '700', style: 'normal', url: '/fonts/ar-700.woff2', unicodeRange: [[0x600, 0x6ff], [0xfb50, 0xfdff]] },
      { family: 'Noto Sans', weight: '400', style: 'normal', url: '/fonts/latin.woff2', unicodeRange: [[0, 0x10ffff]] },
    ]);
  });
});

describe('pageCharacters', () => {
  it('collects the text and the payload strings, decoded, without tags, attributes or invisible characters', () => {
    const chars = pageCharacters(HTML, ['let x="←"']);
    const has = (c: string) => chars.has(c.codePointAt(0)!);
    for (const c of ['ق', '&', 'M', '٢', '\u00a0', '—', '→', 'م', 'ب', '←']) expect(has(c)).toBe(true);
    // Attributes are not shown (only they have a "-" here); nor is a line break.
    expect(has('-')).toBe(false);
    expect(has('\n')).toBe(false);
  });
});

describe('usedFaces and missingGlyphs', () => {
  const faces = fontFaces(
    '@font-face{font-family:A;font-weight:400;src:url(/ar-400.woff2);unicode-range:U+0600-06FF}' +
      '@font-face{font-family:A;font-weight:700;src:url(/ar-700.woff2);unicode-range:U+0600-06FF}' +
      '@font-face{font-family:L;font-weight:400;src:url(/la-400.woff2);unicode-range:U+0000-00FF}',
  );
  const chars = new Set([0x627, 0x628, 0x41]);

  it('uses the faces whose range holds some of the text', () => {
    expect(usedFaces(faces, new Set([0x41])).map((f) => f.url)).toEqual(['/la-400.woff2']);
    expect(usedFaces(faces, chars)).toHaveLength(3);
  });

  it('reports characters a face claims but cannot draw, by weight', () => {
    const cmaps = new Map<string | null, Set<number>>([
      ['/ar-400.woff2', new Set([0x627, 0x628])],
      ['/ar-700.woff2', new Set([0x627])],
      ['/la-400.woff2', new Set([0x41])],
    ]);
    expect(missingGlyphs(faces, chars, cmaps)).toEqual([{ codePoint: 0x628, variant: '700/normal', faces: ['/ar-700.woff2'] }]);
  });
});
