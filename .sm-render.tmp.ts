import { gzipSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { loadStory } from './geo/load-content';
import { toBasemap } from './geo/basemap';
import { toStoryMapData } from './geo/story-view';
import { toStaticMap, toSvgString } from './geo/static-map';
import { UI_STRINGS } from './components/story/strings';
const story = loadStory('/work/main');
const t0 = Date.now();
const basemap = toBasemap();
console.log('basemap ms', Date.now() - t0);
(async () => {
  for (const lang of ['ar', 'en'] as const) {
    const data = toStoryMapData(story, lang);
    for (let i = 0; i < data.steps.length; i++) {
      const t = Date.now();
      const d = toStaticMap(data, i, basemap, { legend: UI_STRINGS[lang].linkKinds });
      const svg = toSvgString(d, { title: data.steps[i]!.title, fontFamily: 'DejaVu Sans' });
      const ms = Date.now() - t;
      writeFileSync(`/tmp/sm/${lang}-${i + 1}.svg`, svg);
      await sharp(Buffer.from(svg), { density: 144 }).png().toFile(`/tmp/static-${lang}-${i + 1}.png`);
      console.log(lang, i + 1, d.stepId.padEnd(22), 'z', d.camera.zoom.toFixed(2), 'bytes', svg.length, 'gz', gzipSync(svg).length, 'land', d.map.land.length, 'borders', d.map.borders.length + d.map.disputedBorders.length, 'inset', d.inset ? d.inset.placeIds.join('+') + ' z' + d.inset.camera.zoom.toFixed(1) : '-', 'labels', [...d.map.labels, ...(d.inset?.labels ?? [])].map((l) => l.text).join('|'), ms + 'ms');
    }
  }
})();
