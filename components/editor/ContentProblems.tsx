import type { Problem } from '@/geo/problems';
import { formatProblem } from '@/geo/problems';

/**
 * The preview's overlay for invalid content: the check's own messages in the page, instead of a
 * blank page or a stack trace. Only `next dev` renders it; the build fails instead.
 */
export function ContentProblems({ problems }: { problems: Problem[] }) {
  return (
    <main className="content-problems" dir="ltr" lang="en">
      <h1>The story&apos;s content has problems</h1>
      <p>Fix these in the files under <code>content/</code> and save: this page reloads by itself.</p>
      <ul>
        {problems.map((p) => (
          <li key={formatProblem(p)} className={`content-problems__${p.severity}`}>
            <code>{formatProblem(p)}</code>
          </li>
        ))}
      </ul>
    </main>
  );
}
