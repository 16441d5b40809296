/** A mistake found in the content, reported as `file:line:column: message`. */
import { closest, distance } from 'fastest-levenshtein';

export type Severity = 'error' | 'warning';
export interface Problem {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}

export function formatProblems(problems: readonly Problem[]): string {
  return sortProblems(problems).map(formatProblem).join('\n');
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

export const errorsIn = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error');

/** Thrown by the build when content is invalid; its message is exactly what the check prints. */
export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The story's content has ${countLabel(errorsIn(problems).length, 'error')}:\n${formatProblems(problems)}`);
    this.name = 'ContentError';
  }
}

export function countLabel(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** ` (did you mean "doha"?)` when a known value is a likely typo of `value`, else ''. */
export function didYouMean(value: unknown, known: readonly string[]): string {
  if (typeof value !== 'string' || known.length === 0) return '';
  const best = closest(value, [...known]);
  const limit = Math.max(2, Math.floor(value.length / 3));
  return distance(value, best) <= limit ? ` (did you mean "${best}"?)` : '';
}
