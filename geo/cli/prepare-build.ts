/**
 * Runs before `next build` and `next dev`: refuses invalid content with the check's own
 * messages, then generates the basemap and the self-hosted fonts (subset) in public/.
 */
import { runCheck } from './check-content';
import { writeBasemap } from './write-basemap';
import { prepareFonts } from './subset-fonts';
import { writeContentVersion } from './content-version';
import { writeOgImages } from './write-og-images';

// The preview (--dev) shows content problems in the page instead of refusing to start.
if (!runCheck() && !process.argv.includes('--dev')) process.exit(1);
writeContentVersion();
writeBasemap();
// Fonts subset to the characters the pages use; the preview copies them whole (content changes live there).
prepareFonts('public/fonts', process.argv.includes('--dev')).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

// The preview skips the share images: with broken content they would stop it.
if (!process.argv.includes('--dev')) {
  writeOgImages().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
