import { splitLatinRuns, toSafeHtml } from '../../geo/markdown';

/** The HTML as a DOM fragment, so assertions look at elements and attributes, not at text. */
function render(markdown: string, lang: 'ar' | 'en' = 'en'): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = toSafeHtml(markdown, lang);
  return root;
}

const allElements = (root: HTMLElement) => Array.from(root.querySelectorAll('*'));

describe('toSafeHtml sanitizes chapter Markdown', () => {
  it.each([
    ['a <script> block', '<script>alert(1)</script>\n\nSafe text.', 'script'],
    ['an inline <script>', 'Safe <script>alert(1)</script> text.', 'script'],
    ['an <iframe>', '<iframe src="https://evil.example/"></iframe>\n\nSafe text.', 'iframe'],
    ['an <object>', '<object data="https://evil.example/x.swf"></object>\n\nSafe text.', 'object'],
    ['raw block HTML (<div>)', '<div class="banner">Hidden.</div>\n\nSafe text.', 'div'],
    ['raw inline HTML (<b>)', 'Safe <b>text</b>.', 'b'],
    ['a raw <img> with onerror', 'Safe <img src="x" onerror="alert(1)"> text.', 'img'],
    ['a raw <a> with onclick', 'Safe <a href="https://e.example" onclick="alert(1)">text</a>.', 'a'],
  ])('drops %s', (_name, markdown, tag) => {
    const root = render(markdown);
    expect(root.querySelector(tag)).toBeNull();
    expect(root.innerHTML).not.toContain(`<${tag}`);
    // No attribute survives to carry the payload (text between dropped inline tags is inert text).
    for (const element of allElements(root)) {
      for (const name of element.getAttributeNames()) expect(element.getAttribute(name)).not.toMatch(/alert|evil\.example|banner/);
    }
    expect(root.textContent).toContain('Safe');
  });

  it('leaves no event-handler attribute on any element', () => {
    const root = render('![pic](https://e.example/a.png)\n\n<img src="x" onerror="alert(1)">\n\n<p onmouseover="alert(1)">hi</p>');
    for (const element of allElements(root)) {
      expect(element.getAttributeNames().filter((name) => name.startsWith('on'))).toEqual([]);
    }
  });

  it.each([
    ['javascript:', '[click](javascript:alert(1))'],
    ['JavaScript: in mixed case', '[click](JavaScript:alert(1))'],
    ['data:', '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['vbscript:', '[click](vbscript:msgbox)'],
  ])('removes a %s link URL but keeps the link text', (_name, markdown) => {
    const root = render(markdown);
    const link = root.querySelector('a');
    expect(link?.textContent).toBe('click');
    expect(link?.hasAttribute('href')).toBe(false);
  });

  it('keeps ordinary Markdown formatting', () => {
    const root = render('**bold**, _emphasis_ and `code`\n\n- item');
    expect(root.querySelector('strong')?.textContent).toBe('bold');
    expect(root.querySelector('em')?.textContent).toBe('emphasis');
    expect(root.querySelector('code')?.textContent).toBe('code');
    expect(root.querySelector('li')?.textContent).toBe('item');
  });
});

describe('toSafeHtml links', () => {
  it.each(['en', 'ar'] as const)('an external link opens in a new tab with rel="noopener noreferrer" (%s)', (lang) => {
    const link = render('[BBC](https://www.bbc.com/news)', lang).querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://www.bbc.com/news');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')?.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
  });

  it.each([
    ['an in-page anchor', '#chapter-2'],
    ['a site-relative path', '/en/'],
  ])('%s stays in the same tab', (_name, href) => {
    const link = render(`[next](${href})`).querySelector('a');
    expect(link?.getAttribute('href')).toBe(href);
    expect(link?.hasAttribute('target')).toBe(false);
  });
});

describe('toSafeHtml bidirectional text', () => {
  const sentence = 'تحدث ممثلو Cybertech Global في تل أبيب عام 2022.';

  it('Arabic text wraps a Latin run ("Cybertech Global") in one <bdi dir="ltr">', () => {
    const bdis = render(sentence, 'ar').querySelectorAll('bdi');
    expect(Array.from(bdis, (b) => [b.textContent, b.getAttribute('dir')])).toEqual([['Cybertech Global', 'ltr']]);
  });

  it('Arabic text keeps its words and digits outside <bdi>', () => {
    const root = render(sentence, 'ar');
    expect(root.textContent).toBe(sentence);
  });

  it('Latin runs inside links and emphasis are isolated too in Arabic', () => {
    const root = render('مؤتمر [Cybertech](https://cybertech.example/) و **Israel Defense**', 'ar');
    expect(root.querySelector('a bdi')?.textContent).toBe('Cybertech');
    expect(root.querySelector('strong bdi')?.textContent).toBe('Israel Defense');
  });

  it('English text gets no <bdi>', () => {
    expect(toSafeHtml(sentence, 'en')).not.toContain('<bdi');
    expect(toSafeHtml('Cybertech Global in Tel Aviv', 'en')).not.toContain('<bdi');
  });

  it.each([
    ['قال Yigal Unna إن', ['Yigal Unna']],
    ['مؤتمر Cybertech 2023 في', ['Cybertech 2023']],
    ['عام 2022 فقط', []],
    ['Milipol Qatar و Maroc Hebdo', ['Milipol Qatar', 'Maroc Hebdo']],
  ])('splitLatinRuns(%j) finds Latin runs %j (digits alone are not a run)', (text, runs) => {
    const parts = splitLatinRuns(text);
    expect(parts.filter((p) => p.latin).map((p) => p.text)).toEqual(runs);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });
});
