/** The page-wide "the reader is on this step" event; the language switch and the embed bridge listen. */
export const STEP_EVENT = 'story:step';
export interface StepDetail {
  id: string;
  index: number;
  total: number;
  lang: string;
}
export function dispatchStep(detail: StepDetail): void {
  window.dispatchEvent(new CustomEvent<StepDetail>(STEP_EVENT, { detail }));
}
