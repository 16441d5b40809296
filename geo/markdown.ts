/**
 * Chapter Markdown to HTML, at build time. Content never runs code: the sanitizer (GitHub's
 * schema) drops scripts, event handlers, iframes and `javascript:` URLs; external links open
 * safely in a new tab. In Arabic text, runs of Latin script are isolated in <bdi> so that
 * names such as "Cybertech Global" do not scramble the surrounding right-to-left order.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeStringify from 'rehype-stringify';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Lang } from './schema';

/** A Latin-script run: starts and ends with a letter or digit, may hold spaces and punctuation. */
const LATIN_RUN = /[A-Za-z][A-Za-z0-9]*(?:[ .,'’&\-–/][A-Za-z0-9]+)*/g;

export function splitLatinRuns(text: string): { text: string; latin: boolean }[] {
  const parts: { text: string; latin: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    const start = match.index ?? 0;
    if (start > last) parts.push({ text: text.slice(last, start), latin: false });
    parts.push({ text: match[0], latin: true });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), latin: false });
  return parts;
}

function isolateLatin() {
  const visit = (node: Root | Element) => {
    const children: (RootContent | ElementContent)[] = [];
    for (const child of node.children) {
      if (child.type === 'text') {
        for (const part of splitLatinRuns(child.value)) {
          children.push(
            part.latin
              ? { type: 'element', tagName: 'bdi', properties: { dir: 'ltr' }, children: [{ type: 'text', value: part.text }] }
              : { type: 'text', value: part.text },
          );
        }
      } else {
        if (child.type === 'element' && child.tagName !== 'bdi') visit(child);
        children.push(child);
      }
    }
    node.children = children as typeof node.children;
  };
  return (tree: Root) => visit(tree);
}

function processorFor(lang: Lang) {
  const base = unified()
    .use(remarkParse)
    // Raw HTML in Markdown is dropped rather than passed through (allowDangerousHtml stays off).
    .use(remarkRehype)
    .use(rehypeSanitize)
    .use(rehypeExternalLinks, { target: '_blank', rel: ['noopener', 'noreferrer'] });
  return (lang === 'ar' ? base.use(isolateLatin) : base).use(rehypeStringify);
}

const processors = { ar: processorFor('ar'), en: processorFor('en') };

export function toSafeHtml(markdown: string, lang: Lang = 'en'): string {
  return String(processors[lang].processSync(markdown));
}
