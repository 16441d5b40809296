import { activeIndexAt } from '@/components/story/use-active-step';

/** Chapter tops in px from the top of the viewport, as getBoundingClientRect reports them. */
const TOPS = [100, 500, 900];

describe('activeIndexAt', () => {
  it.each([
    ['before the first chapter reaches the line → the first step', TOPS, 50, 0],
    ['the first chapter exactly at the line', TOPS, 100, 0],
    ['between the first and second chapters', TOPS, 499, 0],
    ['a chapter exactly at the line is active', TOPS, 500, 1],
    ['just past the second chapter', TOPS, 501, 1],
    ['past all chapters → the last step', TOPS, 5000, 2],
    ['every chapter scrolled above the viewport → the last step', [-1900, -1200, -300], 400, 2],
    ['chapters not rendered yet (Infinity) are never active', [-50, Infinity, Infinity], 400, 0],
    ['no chapters at all → 0', [], 400, 0],
    ['a single chapter below the line → 0', [800], 400, 0],
  ] as [string, number[], number, number][])('%s', (_name, tops, line, expected) => {
    expect(activeIndexAt(tops, line)).toBe(expected);
  });

  it('depends on the scroll position only: the same tops give the same step, whatever came before', () => {
    const sequence = [50, 5000, 501, 50, 501].map((line) => activeIndexAt(TOPS, line));
    expect(sequence).toEqual([0, 2, 1, 0, 1]);
  });
});
