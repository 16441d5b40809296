'use client';
import { useEffect, useState } from 'react';

/** Where the "reading line" sits, as a share of the viewport height. */
export function readingLine(): number {
  // On phones the sticky map fills the top of the screen, so the line sits lower, in the text.
  return window.matchMedia('(max-width: 899px)').matches ? 0.72 : 0.5;
}

/** The index of the last chapter whose top has passed the reading line (0 before the first). */
export function activeIndexAt(tops: readonly number[], line: number): number {
  let active = 0;
  tops.forEach((top, i) => {
    if (top <= line) active = i;
  });
  return active;
}

/**
 * The step the reader is on, derived from the scroll position alone, so step N's state is the
 * same whether the reader scrolled slowly, flung to the end and back, or arrived by a link.
 */
export function useActiveStep(ids: readonly string[]): number {
  const [active, setActive] = useState(0);
  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const tops = ids.map((id) => document.getElementById(id)?.getBoundingClientRect().top ?? Infinity);
      setActive(activeIndexAt(tops, window.innerHeight * readingLine()));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    const index = ids.indexOf(decodeURIComponent(window.location.hash.slice(1)));
    if (index >= 0) {
      // A deep link: land on its chapter even if the browser's own anchor jump happened before hydration.
      document.getElementById(ids[index]!)?.scrollIntoView({ block: 'start', behavior: 'instant' });
    }
    measure();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [ids]);
  return active;
}
