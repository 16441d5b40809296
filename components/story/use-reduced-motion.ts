'use client';
import { useEffect, useState } from 'react';

const STORAGE_KEY = 'story:motion';

/** Reduced motion from the system setting, or from the story's own "motion off" control. */
export function useReducedMotion(): [boolean, (off: boolean) => void] {
  const [system, setSystem] = useState(false);
  const [choice, setChoice] = useState<boolean | null>(null);
  useEffect(() => {
    const query = window.matchMedia('(prefers-reduced-motion: reduce)');
    setSystem(query.matches);
    const stored = safeStorage()?.getItem(STORAGE_KEY);
    if (stored === 'off') setChoice(true);
    if (stored === 'on') setChoice(false);
    const onChange = () => setSystem(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  const set = (off: boolean) => {
    setChoice(off);
    safeStorage()?.setItem(STORAGE_KEY, off ? 'off' : 'on');
  };
  return [choice ?? system, set];
}

/** Storage throws in sandboxed iframes without allow-same-origin: motion then just is not remembered. */
function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
