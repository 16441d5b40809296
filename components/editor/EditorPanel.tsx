'use client';
/**
 * Editor mode, in the preview only (`npm run dev`; never in the published build): the live
 * camera with a button that copies it as a chapter `camera` block, the current chapter's file,
 * places and links, and a way to jump to any chapter.
 */
import { useEffect, useState } from 'react';
import type { Camera } from '@/geo/schema';
import { CAMERA_EVENT } from '@/components/map/StoryMap';
import { STEP_EVENT, type StepDetail } from '@/components/story/step-events';
import { toCameraBlock } from './camera-block';

export interface EditorChapter {
  id: string;
  file: string;
  title: string;
  places: { id: string; name: string }[];
  links: { id: string; label: string }[];
}

export function EditorPanel({ chapters }: { chapters: EditorChapter[] }) {
  const [camera, setCamera] = useState<Camera | null>(null);
  const [stepId, setStepId] = useState(chapters[0]?.id ?? '');
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    const onCamera = (e: Event) => setCamera((e as CustomEvent<Camera>).detail);
    const onStep = (e: Event) => setStepId((e as CustomEvent<StepDetail>).detail.id);
    window.addEventListener(CAMERA_EVENT, onCamera);
    window.addEventListener(STEP_EVENT, onStep);
    return () => {
      window.removeEventListener(CAMERA_EVENT, onCamera);
      window.removeEventListener(STEP_EVENT, onStep);
    };
  }, []);
  const chapter = chapters.find((c) => c.id === stepId) ?? chapters[0];
  const block = camera ? toCameraBlock(camera) : '';
  const copy = async () => {
    await navigator.clipboard?.writeText(block).catch(() => undefined);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  return (
    <aside className="editor-panel" dir="ltr" lang="en" aria-label="Editor mode">
      <h2>Editor mode</h2>
      <label>
        Jump to chapter{' '}
        <select
          value={chapter?.id}
          onChange={(e) => {
            window.location.hash = e.target.value;
            document.getElementById(e.target.value)?.scrollIntoView({ block: 'start' });
          }}
        >
          {chapters.map((c) => (
            <option key={c.id} value={c.id}>
              {c.id}
            </option>
          ))}
        </select>
      </label>
      {chapter ? (
        <>
          <p className="editor-panel__file">
            <code>{chapter.file}</code>
          </p>
          <p>
            Places: {chapter.places.map((p) => `${p.name} (${p.id})`).join(', ')}
            <br />
            Links: {chapter.links.length ? chapter.links.map((l) => l.id).join(', ') : '—'}
          </p>
        </>
      ) : null}
      <p>Use “Explore the map” to pan and zoom, then copy the camera into the chapter’s front matter.</p>
      <pre data-testid="editor-camera">{block || 'waiting for the map…'}</pre>
      <button type="button" onClick={copy} disabled={!camera}>
        {copied ? 'Copied' : 'Copy camera block'}
      </button>
    </aside>
  );
}
