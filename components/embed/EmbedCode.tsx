'use client';
/**
 * "Embed" for editors: copy-ready HTML for the current language and step, in either layout.
 * The URLs are absolute, from the address the page is served at (window.location.origin).
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { Lang } from '@/geo/schema';
import { UI_STRINGS } from '@/components/story/strings';
import { STEP_EVENT, type StepDetail } from '@/components/story/step-events';
import { EMBED_STRINGS } from './embed-strings';
import { embedCode } from './embed-code';
import type { EmbedMode } from './embed-messages';
import './embed-code.css';

type CopyState = 'idle' | 'copied' | 'manual';

export function EmbedCode({ lang }: { lang: Lang }) {
  const e = EMBED_STRINGS[lang];
  const id = useId();
  const [origin, setOrigin] = useState('');
  const [stepId, setStepId] = useState<string | undefined>(undefined);
  const [mode, setMode] = useState<EmbedMode>('stepper');
  const [copy, setCopy] = useState<CopyState>('idle');
  const textarea = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    setOrigin(window.location.origin);
    const hash = decodeURIComponent(window.location.hash.slice(1));
    if (hash) setStepId(hash);
    const onStep = (event: Event) => setStepId((event as CustomEvent<StepDetail>).detail.id);
    window.addEventListener(STEP_EVENT, onStep);
    return () => window.removeEventListener(STEP_EVENT, onStep);
  }, []);

  useEffect(() => setCopy('idle'), [mode, stepId]);

  const code = origin ? embedCode({ origin, lang, mode, stepId, title: UI_STRINGS[lang].siteTitle }) : '';

  const onCopy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(code);
      setCopy('copied');
    } catch {
      // No clipboard API (http, old browsers, a denied permission): select the code for Ctrl+C.
      const el = textarea.current;
      el?.focus();
      el?.select();
      let copied = false;
      try {
        copied = document.execCommand?.('copy') ?? false;
      } catch {
        copied = false;
      }
      setCopy(copied ? 'copied' : 'manual');
    }
  };

  return (
    <details className="embed-code">
      <summary>{e.embed}</summary>
      <div className="embed-code__panel">
        <fieldset className="embed-code__modes">
          <legend>{e.modeLabel}</legend>
          {(['stepper', 'scroll'] as const).map((m) => (
            <label key={m}>
              <input type="radio" name={`${id}-mode`} value={m} checked={mode === m} onChange={() => setMode(m)} />{' '}
              {m === 'stepper' ? e.stepperMode : e.scrollMode}
            </label>
          ))}
        </fieldset>
        <p className="embed-code__hint" id={`${id}-hint`}>
          {mode === 'stepper' ? e.stepperHint : e.scrollHint}
        </p>
        <label className="embed-code__label" htmlFor={`${id}-code`}>
          {e.embedCode}
        </label>
        <textarea
          id={`${id}-code`}
          ref={textarea}
          className="embed-code__text"
          readOnly
          dir="ltr"
          spellCheck={false}
          rows={mode === 'stepper' ? 5 : 7}
          value={code}
          aria-describedby={`${id}-hint`}
          onFocus={(event) => event.currentTarget.select()}
        />
        <p className="embed-code__actions">
          <button type="button" className="embed-code__copy" onClick={onCopy} disabled={!code}>
            {e.copy}
          </button>{' '}
          <span role="status" className="embed-code__status">
            {copy === 'copied' ? e.copied : copy === 'manual' ? e.copyByHand : ''}
          </span>
        </p>
      </div>
    </details>
  );
}
