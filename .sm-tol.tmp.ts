import { loadStory } from './geo/load-content';
import { toBasemap } from './geo/basemap';
import { toStoryMapData } from './geo/story-view';
import { toStaticMap, toSvgString } from './geo/static-map';
const story = loadStory(); const b = toBasemap(); const data = toStoryMapData(story, 'en');
for (const tol of [0.5, 0.7, 0.9, 1.2]) {
  const sizes = data.steps.map((_, i) => { const d = toStaticMap(data, i, b, { tolerance: tol }); return [toSvgString(d).length, d.land.length, d.borders.length]; });
  console.log('tol', tol, 'max total', Math.max(...sizes.map((s) => s[0]!)), 'land', Math.max(...sizes.map((s) => s[1]!)), 'borders', Math.max(...sizes.map((s) => s[2]!)));
}
