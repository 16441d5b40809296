'use client';
import { useEffect, useState } from 'react';
import { STEP_EVENT, type StepDetail } from './step-events';

/** A link to the same story in the other language that keeps the reader's current step. */
export function LanguageSwitch({ href, lang, label }: { href: string; lang: string; label: string }) {
  const [hash, setHash] = useState('');
  useEffect(() => {
    setHash(window.location.hash);
    const onStep = (e: Event) => setHash(`#${(e as CustomEvent<StepDetail>).detail.id}`);
    window.addEventListener(STEP_EVENT, onStep);
    return () => window.removeEventListener(STEP_EVENT, onStep);
  }, []);
  return (
    <a className="language-switch" href={`${href}${hash}`} hrefLang={lang} lang={lang}>
      {label}
    </a>
  );
}
