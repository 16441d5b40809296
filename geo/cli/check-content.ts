/** `npm run check-content`: validates every content file, prints every problem, exit 1 on errors. Never writes. */
import { checkContent } from '../load-content';
import { toCheckReport } from '../check-report';

export function runCheck(root = process.cwd()): boolean {
  const { story, problems } = checkContent(root);
  const report = toCheckReport(problems, story);
  (report.ok ? console.log : console.error)(report.text);
  return report.ok;
}

if (process.argv[1]?.endsWith('check-content.ts')) process.exit(runCheck() ? 0 : 1);
