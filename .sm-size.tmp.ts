import { loadStory } from './geo/load-content';
import { toBasemap } from './geo/basemap';
import { toStoryMapData } from './geo/story-view';
import { toStaticMap, toSvgNodes, toSvgString, type SvgNode } from './geo/static-map';
const b = toBasemap(); const data = toStoryMapData(loadStory(), 'en');
const d = toStaticMap(data, 7, b, {});
const ser = (n: SvgNode | string): number => toSvgString({ ...d, map: { ...d.map } } as any).length; void ser;
const size = (n: SvgNode | string): number => typeof n === 'string' ? n.length : JSON.stringify(n).length;
const nodes = toSvgNodes(d, { idPrefix: 'x' });
const walk = (n: SvgNode, path: string) => {
  for (const c of n.children ?? []) if (typeof c !== 'string') {
    const label = `${path}/${c.tag}${c.attrs['data-frame'] ? '[' + c.attrs['data-frame'] + ']' : ''}`;
    console.log(label.padEnd(30), size(c));
  }
};
for (const n of nodes) { console.log(n.tag + (n.attrs['data-frame'] ? '[' + n.attrs['data-frame'] + ']' : ''), size(n)); if (n.attrs['data-frame']) walk(n, '  '); }
console.log('total', toSvgString(d).length);
