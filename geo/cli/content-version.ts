/**
 * The preview's live reload. Content files are read with fs, so the dev server does not know
 * when an editor saves one; the page imports this small generated module instead, and the
 * watcher rewrites it on every save, which makes Next refresh the page.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const CONTENT_VERSION_FILE = 'geo/generated/content-version.json';

export function writeContentVersion(root = process.cwd(), version = Date.now()): void {
  const file = path.join(root, CONTENT_VERSION_FILE);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ version })}\n`);
}
