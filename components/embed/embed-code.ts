/** The copy-ready HTML an editor pastes into another site to embed the story. */
import type { EmbedMode } from './embed-messages';

export interface EmbedCodeInput {
  /** The story's origin, e.g. "https://story.example" (no trailing slash needed). */
  origin: string;
  lang: string;
  mode: EmbedMode;
  /** The step to start on (stepper mode; scroll mode follows the host's scrolling instead). */
  stepId?: string;
  /** The iframe's accessible name. */
  title: string;
}

/** A first guess at the height; embed.js (or pym.js / Datawrapper's script) then sets the real one. */
export const DEFAULT_HEIGHT: Record<EmbedMode, number> = { stepper: 680, scroll: 3000 };

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function embedUrl({ origin, lang, mode, stepId }: Omit<EmbedCodeInput, 'title'>): string {
  const url = new URL(`/${lang}/embed/`, origin);
  if (mode === 'scroll') url.searchParams.set('mode', 'scroll');
  else if (stepId) url.searchParams.set('step', stepId);
  return url.href;
}

export function embedScriptUrl(origin: string): string {
  return new URL('/embed.js', origin).href;
}

export function embedCode(input: EmbedCodeInput): string {
  const src = escapeAttribute(embedUrl(input));
  const title = escapeAttribute(input.title);
  const height = DEFAULT_HEIGHT[input.mode];
  if (input.mode === 'stepper') {
    return `<iframe src="${src}" title="${title}" width="100%" height="${height}" style="border:0;width:100%;max-width:100%" loading="lazy"></iframe>`;
  }
  return [
    `<iframe src="${src}" title="${title}" width="100%" height="${height}" scrolling="no" style="border:0;width:100%;max-width:100%;display:block" data-story-embed></iframe>`,
    `<script src="${escapeAttribute(embedScriptUrl(input.origin))}" async></script>`,
  ].join('\n');
}
