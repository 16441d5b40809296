/*! Story embed host script: sizes the story's iframes and, for scroll mode, tells them where they
 * are in this page's viewport. Plain ES2017, no dependencies. Usage (see the story's README):
 *   <iframe src="https://STORY/en/embed/?mode=scroll" ...></iframe>
 *   <script src="https://STORY/embed.js" async></script>
 * Story iframes are those whose src is STORY/ar/embed/ or STORY/en/embed/ (or that carry
 * data-story-embed). Heights are accepted in the story's, pym.js's and Datawrapper's formats, only
 * from those iframes. Step changes are re-dispatched on the iframe as a bubbling "story:step" event.
 */
(function () {
  'use strict';
  if (window.__storyEmbedHost) return;
  window.__storyEmbedHost = true;

  var script = document.currentScript;
  var storyOrigin = script && script.src ? new URL(script.src, location.href).origin : location.origin;
  var EMBED_PATH = /^\/(ar|en)\/embed\/?$/;
  var MAX_HEIGHT = 100000;

  function srcOrigin(frame) {
    try {
      return new URL(frame.getAttribute('src') || '', location.href).origin;
    } catch (e) {
      return '';
    }
  }
  function isStoryFrame(frame) {
    if (frame.hasAttribute('data-story-embed')) return true;
    try {
      var url = new URL(frame.getAttribute('src') || '', location.href);
      return url.origin === storyOrigin && EMBED_PATH.test(url.pathname);
    } catch (e) {
      return false;
    }
  }
  function storyFrames() {
    return Array.prototype.filter.call(document.getElementsByTagName('iframe'), isStoryFrame);
  }
  function frameFor(source) {
    var frames = storyFrames();
    for (var i = 0; i < frames.length; i++) if (source && frames[i].contentWindow === source) return frames[i];
    return null;
  }

  /** A height from any of the three formats, or null. */
  function heightOf(data) {
    var value = null;
    if (typeof data === 'string') {
      var pym = /^pymxPYMx.+xPYMxheightxPYMx(\d+)$/.exec(data);
      if (pym) value = Number(pym[1]);
    } else if (data && typeof data === 'object') {
      if (data.type === 'story:height') value = data.height;
      else if (data['datawrapper-height'] && typeof data['datawrapper-height'] === 'object') {
        var ids = Object.keys(data['datawrapper-height']);
        if (ids.length) value = data['datawrapper-height'][ids[0]];
      }
    }
    return typeof value === 'number' && isFinite(value) && value > 0 && value < MAX_HEIGHT ? Math.ceil(value) : null;
  }

  function isStep(data) {
    return !!data && typeof data === 'object' && data.type === 'story:step' && typeof data.id === 'string' &&
      typeof data.index === 'number' && typeof data.total === 'number' && typeof data.lang === 'string';
  }

  window.addEventListener('message', function (event) {
    var frame = frameFor(event.source);
    if (!frame) return;
    // The frame's own origin, or "null" for a frame sandboxed without allow-same-origin.
    if (event.origin !== srcOrigin(frame) && event.origin !== 'null') return;
    var height = heightOf(event.data);
    if (height !== null) {
      if (frame.style.height !== height + 'px') frame.style.height = height + 'px';
      schedule();
    } else if (isStep(event.data)) {
      var detail = { type: 'story:step', id: event.data.id, index: event.data.index, total: event.data.total, lang: event.data.lang };
      frame.dispatchEvent(new CustomEvent('story:step', { detail: detail, bubbles: true }));
    }
  });

  /** Where each story iframe is in this page's viewport. Public layout numbers only, hence '*'
   * (it also reaches frames sandboxed without allow-same-origin, whose origin is opaque). */
  function send() {
    pending = 0;
    var frames = storyFrames();
    for (var i = 0; i < frames.length; i++) {
      var rect = frames[i].getBoundingClientRect();
      if (!frames[i].contentWindow) continue;
      frames[i].contentWindow.postMessage(
        { type: 'story:viewport', top: rect.top, height: rect.height, viewportHeight: window.innerHeight },
        '*'
      );
    }
  }
  var pending = 0;
  function schedule() {
    if (!pending) pending = requestAnimationFrame(send);
  }

  // Capturing catches scrolling inside any scrollable element of the host, not only the window.
  document.addEventListener('scroll', schedule, { capture: true, passive: true });
  window.addEventListener('resize', schedule);
  window.addEventListener('load', schedule);
  schedule();
  window.StoryEmbed = { update: schedule };
})();
