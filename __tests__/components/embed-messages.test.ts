import {
  applyMove,
  datawrapperHeightMessage,
  heightMessages,
  isStepMessage,
  isViewportMessage,
  keyMove,
  parseEmbedOptions,
  parsePymWidth,
  pymHeightMessage,
  scrollState,
  stepMessage,
  storyHeightMessage,
  swipeMove,
} from '@/components/embed/embed-messages';

const IDS = ['overview', 'cyber-agreement', 'lusail-visit'];

describe('parseEmbedOptions', () => {
  it('defaults: stepper, first step, map gestures off, pym id "story"', () => {
    expect(parseEmbedOptions('', IDS)).toEqual({ mode: 'stepper', stepIndex: 0, interactive: false, childId: 'story' });
  });
  it('reads mode, step, interactive and childId', () => {
    expect(parseEmbedOptions('?mode=scroll&step=lusail-visit&interactive=1&childId=map-2', IDS)).toEqual({
      mode: 'scroll',
      stepIndex: 2,
      interactive: true,
      childId: 'map-2',
    });
  });
  it.each([
    ['an unknown mode', '?mode=fancy', 'mode', 'stepper'],
    ['an unknown step', '?step=nope', 'stepIndex', 0],
    ['an empty step', '?step=', 'stepIndex', 0],
    ['interactive other than 1/true', '?interactive=yes', 'interactive', false],
    ['a childId that could break the pym format', '?childId=axPYMxheightxPYMx9', 'childId', 'story'],
    ['a childId with markup', '?childId=%3Cb%3E', 'childId', 'story'],
  ] as const)('ignores %s', (_name, search, key, expected) => {
    expect(parseEmbedOptions(search, IDS)[key]).toBe(expected);
  });
  it('takes Datawrapper-style chartId when there is no childId', () => {
    expect(parseEmbedOptions('?chartId=abc12', IDS).childId).toBe('abc12');
  });
});

describe('height messages', () => {
  it('pym.js: pymxPYMx<id>xPYMxheightxPYMx<px>, rounded up', () => {
    expect(pymHeightMessage('story', 812.2)).toBe('pymxPYMxstoryxPYMxheightxPYMx813');
  });
  it('Datawrapper: {"datawrapper-height": {"<id>": px}}', () => {
    expect(datawrapperHeightMessage('story', 640)).toEqual({ 'datawrapper-height': { story: 640 } });
    expect(JSON.stringify(datawrapperHeightMessage('abc', 1.5))).toBe('{"datawrapper-height":{"abc":2}}');
  });
  it('our own: {type: "story:height", height}', () => {
    expect(storyHeightMessage(700)).toEqual({ type: 'story:height', height: 700 });
  });
  it('all three, in one list', () => {
    expect(heightMessages('x', 10)).toEqual(['pymxPYMxxxPYMxheightxPYMx10', { 'datawrapper-height': { x: 10 } }, { type: 'story:height', height: 10 }]);
  });
});

describe('step messages', () => {
  it('have exactly the public fields', () => {
    const message = stepMessage({ id: 'overview', index: 0, total: 8, lang: 'ar', extra: 'no' } as never);
    expect(message).toEqual({ type: 'story:step', id: 'overview', index: 0, total: 8, lang: 'ar' });
    expect(isStepMessage(message)).toBe(true);
  });
  it.each([
    [{ type: 'story:step', id: 'a', index: -1, total: 3, lang: 'en' }],
    [{ type: 'story:step', id: 'a', index: 0.5, total: 3, lang: 'en' }],
    [{ type: 'story:step', id: 1, index: 0, total: 3, lang: 'en' }],
    [{ type: 'story:steps', id: 'a', index: 0, total: 3, lang: 'en' }],
    ['story:step'],
    [null],
  ])('rejects %j', (data) => {
    expect(isStepMessage(data)).toBe(false);
  });
});

describe('isViewportMessage', () => {
  const good = { type: 'story:viewport', top: -420.5, height: 3000, viewportHeight: 800 };
  it('accepts a well-formed report', () => {
    expect(isViewportMessage(good)).toBe(true);
  });
  it.each([
    ['no type', { ...good, type: undefined }],
    ['another type', { ...good, type: 'story:viewport ' }],
    ['a type in other case', { ...good, type: 'Story:Viewport' }],
    ['a string top', { ...good, top: '10' }],
    ['NaN', { ...good, top: NaN }],
    ['Infinity', { ...good, height: Infinity }],
    ['a negative height', { ...good, height: -1 }],
    ['a zero viewport', { ...good, viewportHeight: 0 }],
    ['a huge top', { ...good, top: 1e12 }],
    ['a missing field', { type: 'story:viewport', top: 0, height: 10 }],
    ['an array', [good]],
    ['a string', JSON.stringify(good)],
    ['null', null],
    ['undefined', undefined],
  ])('rejects %s', (_name, data) => {
    expect(isViewportMessage(data)).toBe(false);
  });
});

describe('parsePymWidth', () => {
  it("reads pym's width message for this child only", () => {
    expect(parsePymWidth('pymxPYMxstoryxPYMxwidthxPYMx600', 'story')).toBe(600);
    expect(parsePymWidth('pymxPYMxotherxPYMxwidthxPYMx600', 'story')).toBeNull();
    expect(parsePymWidth('pymxPYMxstoryxPYMxheightxPYMx600', 'story')).toBeNull();
    expect(parsePymWidth('pymxPYMxstoryxPYMxwidthxPYMx600px', 'story')).toBeNull();
    expect(parsePymWidth({ width: 600 }, 'story')).toBeNull();
  });
});

describe('scrollState', () => {
  // A frame whose story area starts 40 px down its document, chapters 900 px apart, map 800 px high.
  const base = { viewportHeight: 800, chapterTops: [300, 1200, 2100], areaTop: 40, areaHeight: 3000, mapHeight: 800, readingLine: 0.5 };
  it('before the frame reaches the top of the host viewport: first step, map not moved', () => {
    expect(scrollState({ ...base, frameTop: 500 })).toEqual({ index: 0, mapOffset: 0 });
  });
  it('scrolled into the story: the chapter past the reading line, the map pushed to the viewport top', () => {
    // Chapter 2 at -1000 + 1200 = 200 ≤ 400: active; the area's top is at -960, so the map moves 960 down.
    expect(scrollState({ ...base, frameTop: -1000 })).toEqual({ index: 1, mapOffset: 960 });
  });
  it('uses the same rule as the full story: a chapter exactly at the line is active', () => {
    expect(scrollState({ ...base, frameTop: -800 }).index).toBe(1);
    expect(scrollState({ ...base, frameTop: -799 }).index).toBe(0);
  });
  it('the map never leaves the story area at the end', () => {
    expect(scrollState({ ...base, frameTop: -5000 })).toEqual({ index: 2, mapOffset: 2200 });
  });
  it('the phone reading line (0.72) sits lower', () => {
    expect(scrollState({ ...base, frameTop: -700, readingLine: 0.72 }).index).toBe(1);
    expect(scrollState({ ...base, frameTop: -700, readingLine: 0.5 }).index).toBe(0);
  });
});

describe('stepper input', () => {
  it('arrow keys follow the reading direction: in Arabic "next" is ArrowLeft', () => {
    expect(keyMove('ArrowLeft', true)).toBe(1);
    expect(keyMove('ArrowRight', true)).toBe(-1);
    expect(keyMove('ArrowRight', false)).toBe(1);
    expect(keyMove('ArrowLeft', false)).toBe(-1);
  });
  it('Page Down / Up, Home / End, and nothing else', () => {
    expect([keyMove('PageDown', true), keyMove('PageUp', false), keyMove('Home', true), keyMove('End', false)]).toEqual([1, -1, 'first', 'last']);
    expect(keyMove('ArrowDown', false)).toBe(0);
    expect(keyMove('a', false)).toBe(0);
  });
  it('swipes: leftwards is next in English, rightwards in Arabic; short or vertical moves are not swipes', () => {
    expect(swipeMove(-80, 5, false)).toBe(1);
    expect(swipeMove(80, 5, false)).toBe(-1);
    expect(swipeMove(80, 5, true)).toBe(1);
    expect(swipeMove(-80, 5, true)).toBe(-1);
    expect(swipeMove(-20, 0, false)).toBe(0);
    expect(swipeMove(-60, 80, false)).toBe(0);
  });
  it('moves stay within the story', () => {
    expect(applyMove(0, -1, 8)).toBe(0);
    expect(applyMove(7, 1, 8)).toBe(7);
    expect(applyMove(3, 1, 8)).toBe(4);
    expect(applyMove(3, 'first', 8)).toBe(0);
    expect(applyMove(3, 'last', 8)).toBe(7);
  });
});
