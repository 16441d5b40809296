/** The check's report, shared by `npm run check-content`, the build and the dev preview. */
import { countLabel, errorsIn, formatProblems, type Problem } from './problems';
import type { Story } from './schema';

export function toCheckReport(problems: readonly Problem[], story: Story | null): { text: string; ok: boolean } {
  const errors = errorsIn(problems).length;
  const warnings = problems.length - errors;
  const listing = problems.length ? `${formatProblems(problems)}\n` : '';
  if (errors > 0) {
    return { ok: false, text: `${listing}✗ content check failed: ${countLabel(errors, 'error')}, ${countLabel(warnings, 'warning')}` };
  }
  const summary = story
    ? `${story.places.length} places, ${story.links.length} links, ${story.sources.length} sources, ${story.chapters.ar.length} chapters in ar and en`
    : '';
  return { ok: true, text: `${listing}✓ content OK: ${summary}${warnings ? ` (${countLabel(warnings, 'warning')})` : ''}` };
}
