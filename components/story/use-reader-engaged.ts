'use client';
import { useEffect, useState } from 'react';

/** What a reader does first: scroll, touch, click, move the mouse, press a key, tab into the page. */
const ENGAGING_EVENTS = ['scroll', 'wheel', 'touchstart', 'pointerdown', 'pointermove', 'keydown', 'focusin'] as const;

/**
 * True once the reader engages with the page, or at once when the page opens somewhere other than
 * its top (a link to a step, a restored scroll position). The story starts its live map then: the
 * first view is a static picture of the same map, and nothing heavy runs while the text paints and
 * the reader takes in the headline.
 */
export function useReaderEngaged(): boolean {
  const [engaged, setEngaged] = useState(false);
  useEffect(() => {
    if (engaged) return;
    if (window.location.hash.length > 1 || window.scrollY > 0) {
      setEngaged(true);
      return;
    }
    const engage = () => setEngaged(true);
    const options = { capture: true, passive: true } as const;
    for (const type of ENGAGING_EVENTS) window.addEventListener(type, engage, options);
    return () => {
      for (const type of ENGAGING_EVENTS) window.removeEventListener(type, engage, options);
    };
  }, [engaged]);
  return engaged;
}
