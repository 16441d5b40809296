'use client';
/**
 * The frame's side of the conversation with the host page: posting its content height (pym.js,
 * Datawrapper and our own format) and step changes, and accepting only well-formed messages that
 * come from the window that embeds it.
 */
import { heightMessages, stepMessage, type StepMessage } from './embed-messages';

/** True when the page runs inside a frame (window.parent is another window). */
export function isFramed(): boolean {
  try {
    return window.parent !== window;
  } catch {
    return true;
  }
}

/**
 * The story's step and height messages carry nothing private (the public story's step and the
 * frame's height), so they go to any embedding origin ('*'): the story cannot know its hosts.
 */
function postToParent(message: unknown): void {
  if (!isFramed()) return;
  try {
    window.parent.postMessage(message, '*');
  } catch {
    // A detached or closing parent: nothing to tell.
  }
}

export function postStep(detail: Omit<StepMessage, 'type'>): void {
  postToParent(stepMessage(detail));
}

/** The content's height: the root element's box, never the (iframe-sized) viewport or scrollHeight. */
export function contentHeight(): number {
  return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

/**
 * Reports the height on start and whenever it changes (fonts, width, step, layout); `force`
 * re-sends it unchanged, for a host script that started listening after the first report.
 */
export function watchHeight(childId: string): { post: (force?: boolean) => void; stop: () => void } {
  let last = -1;
  const post = (force = false) => {
    const height = contentHeight();
    if (height <= 0 || (!force && height === last)) return;
    last = height;
    for (const message of heightMessages(childId, height)) postToParent(message);
  };
  const observer = new ResizeObserver(() => post());
  observer.observe(document.documentElement);
  const onLoad = () => post();
  window.addEventListener('load', onLoad);
  document.fonts?.ready.then(onLoad).catch(() => undefined);
  post(true);
  return {
    post,
    stop: () => {
      observer.disconnect();
      window.removeEventListener('load', onLoad);
    },
  };
}

/** Calls `handler` with the data of messages from the embedding window only; everything else is dropped. */
export function onParentMessage(handler: (data: unknown) => void): () => void {
  const listener = (event: MessageEvent) => {
    if (!isFramed() || event.source !== window.parent) return;
    handler(event.data);
  };
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}
