/**
 * `npm run dev`: the editors' preview. Prepares the basemap and fonts, starts `next dev`, and
 * watches content/ so that saving a file refreshes the open page within a few seconds.
 * Invalid content does not stop the preview: the page shows the check's messages instead.
 */
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import path from 'node:path';
import { writeContentVersion } from './content-version';
import { runCheck } from './check-content';

const root = process.cwd();
const next = spawn(process.execPath, [require.resolve('next/dist/bin/next'), 'dev', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, NEXT_PUBLIC_EDITOR_MODE: '1' },
});

let timer: NodeJS.Timeout | undefined;
watch(path.join(root, 'content'), { recursive: true }, () => {
  clearTimeout(timer);
  // Editors' tools often write a file in several steps: wait for the burst to end.
  timer = setTimeout(() => {
    runCheck(root);
    writeContentVersion(root);
  }, 200);
});

const stop = () => next.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
next.on('exit', (code) => process.exit(code ?? 0));
