/**
 * Runs before `next build` and `next dev`: refuses invalid content with the check's own
 * messages, then generates the basemap and copies the self-hosted fonts into public/.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { runCheck } from './check-content';
import { writeBasemap } from './write-basemap';

const require = createRequire(import.meta.url);

/** Only the weights and scripts the pages use; the browser picks files by unicode-range. */
const FONTS: Record<string, string> = {
  'naskh-arabic-400.woff2': '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2',
  'naskh-arabic-700.woff2': '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2',
  'noto-sans-latin-400.woff2': '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2',
  'noto-sans-latin-700.woff2': '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2',
};

export function copyFonts(outDir = 'public/fonts'): void {
  mkdirSync(outDir, { recursive: true });
  for (const [name, from] of Object.entries(FONTS)) copyFileSync(require.resolve(from), path.join(outDir, name));
}

if (!runCheck()) process.exit(1);
writeBasemap();
copyFonts();
