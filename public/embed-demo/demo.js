// The example host page (index.html): takes the story's origin from ?story= (default: this page's
// origin) and the language from ?lang=, embeds both layouts, and logs the story's step events.
(function () {
  'use strict';
  var params = new URLSearchParams(location.search);
  var story = location.origin;
  try {
    if (params.get('story')) story = new URL(params.get('story')).origin;
  } catch (e) {
    // Not a URL: keep this page's origin.
  }
  var lang = params.get('lang') === 'ar' ? 'ar' : 'en';
  var title = lang === 'ar' ? 'المغرب وأمن مونديال قطر' : 'Morocco and the Qatar World Cup';
  document.getElementById('story-origin').textContent = story;
  ['ar', 'en'].forEach(function (l) {
    var link = document.getElementById('lang-' + l);
    var next = new URLSearchParams(location.search);
    next.set('lang', l);
    link.href = '?' + next.toString();
  });

  function frame(id, query, height) {
    var iframe = document.createElement('iframe');
    iframe.id = id;
    iframe.src = story + '/' + lang + '/embed/' + query;
    iframe.title = title;
    iframe.height = String(height);
    iframe.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
    return iframe;
  }
  document.getElementById('stepper-slot').appendChild(frame('stepper', '', 680));
  var scroll = frame('scroll', '?mode=scroll', 3000);
  scroll.setAttribute('scrolling', 'no');
  document.getElementById('scroll-slot').appendChild(scroll);

  var log = document.getElementById('log');
  window.__events = [];
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== story || !data || typeof data !== 'object' || data.type !== 'story:step') return;
    var from = event.source === scroll.contentWindow ? 'scroll' : 'stepper';
    window.__events.push({ from: from, id: data.id, index: data.index, total: data.total, lang: data.lang });
    log.textContent += from + ': step ' + (data.index + 1) + '/' + data.total + ' ' + data.id + ' (' + data.lang + ')\n';
    log.scrollTop = log.scrollHeight;
  });

  var script = document.createElement('script');
  script.src = story + '/embed.js';
  script.async = true;
  document.body.appendChild(script);
})();
