import { readFileSync } from 'node:fs';
import { estimateTextWidth } from './geo/static-map';
const rows = readFileSync('/tmp/sm/widths.jsonl', 'utf8').trim().split('\n').flatMap((l) => JSON.parse(l));
const ratios = rows.map((r: any) => ({ t: r.text, ratio: estimateTextWidth(r.text, parseFloat(r.size), r.weight === '700') / r.width }));
ratios.sort((a: any, b: any) => a.ratio - b.ratio);
console.log(ratios.map((r: any) => `${r.t} ${r.ratio.toFixed(2)}`).join('\n'));
