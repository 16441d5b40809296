import React from 'react';
import { writeFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { loadStory } from '@/geo/load-content';
import { toBasemap } from '@/geo/basemap';
import { toStoryMapData } from '@/geo/story-view';
import { StaticMap } from '@/components/story/StaticMap';
import { UI_STRINGS } from '@/components/story/strings';
void React;
const story = loadStory(); const basemap = toBasemap();
for (const lang of ['ar', 'en'] as const) {
  const data = toStoryMapData(story, lang);
  const maps = data.steps.map((s, i) => renderToStaticMarkup(<StaticMap data={data} index={i} basemap={basemap} lang={lang} title={`${UI_STRINGS[lang].mapLabel}: ${s.title}`} legend={UI_STRINGS[lang].linkKinds} />));
  console.log(lang, 'component markup bytes per step', maps.map((m) => m.length).join(' '));
  const fonts = ['naskh-arabic-400', 'naskh-arabic-700', 'noto-sans-latin-400', 'noto-sans-latin-700'].map((f) => {
    const [family, weight] = f.startsWith('naskh') ? ['Noto Naskh Arabic', f.slice(-3)] : ['Noto Sans', f.slice(-3)];
    return `@font-face{font-family:'${family}';font-weight:${weight};src:url('file:///work/main/public/fonts/${f}.woff2') format('woff2')}`;
  }).join('\n');
  const font = lang === 'ar' ? "'Noto Naskh Arabic','Noto Sans',sans-serif" : "'Noto Sans','Noto Naskh Arabic',sans-serif";
  writeFileSync(`/tmp/sm/page-${lang}.html`, `<!doctype html><html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><style>${fonts}
  body{font-family:${font};margin:0;width:660px} .static-map{margin:10px} .static-map svg{display:block;inline-size:100%;block-size:auto}</style></head><body>${maps.join('\n')}</body></html>`);
}
