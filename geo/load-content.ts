/** Reads the editors' files from disk and validates them (the only module here that touches the disk). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { LANGS, type Story } from './schema';
import { validateContent, type ContentFiles, type TextFile, type ValidationResult } from './validate-content';
import { ContentError, errorsIn, type Problem } from './problems';

export const CONTENT_DIR = 'content';

function readText(root: string, relative: string): TextFile | Problem {
  const absolute = path.join(root, relative);
  if (!existsSync(absolute)) {
    return { file: relative, line: 1, column: 1, severity: 'error', message: 'the file is missing' };
  }
  return { path: relative, text: readFileSync(absolute, 'utf8') };
}

const isProblem = (x: TextFile | Problem): x is Problem => 'severity' in x;

/** Reads and validates the content under `<root>/content`; paths in problems are relative to `root`. */
export function checkContent(root: string = process.cwd()): ValidationResult {
  const missing: Problem[] = [];
  const read = (relative: string): TextFile => {
    const result = readText(root, relative);
    if (isProblem(result)) {
      missing.push(result);
      // An empty stand-in keeps validation going so that every other problem is still reported.
      return { path: relative, text: '' };
    }
    return result;
  };
  const files: ContentFiles = {
    places: read(`${CONTENT_DIR}/places.geojson`),
    links: read(`${CONTENT_DIR}/links.geojson`),
    sources: read(`${CONTENT_DIR}/sources.json`),
    chapters: LANGS.flatMap((lang) => {
      const dir = `${CONTENT_DIR}/story/${lang}`;
      const absolute = path.join(root, dir);
      if (!existsSync(absolute)) {
        missing.push({ file: dir, line: 1, column: 1, severity: 'error', message: 'the chapter folder is missing' });
        return [];
      }
      return readdirSync(absolute)
        .filter((name) => name.endsWith('.md'))
        .sort()
        .map((name) => ({ lang, file: read(`${dir}/${name}`) }));
    }),
  };
  const missingFiles = new Set(missing.map((m) => m.file));
  const result = validateContent(files);
  // A missing file's empty stand-in would also be reported as invalid JSON: keep only "missing".
  const problems = [...missing, ...result.problems.filter((p) => !missingFiles.has(p.file))];
  return { story: errorsIn(problems).length ? null : result.story, problems };
}

/** The build's entry point: the validated story, or a ContentError listing every problem. */
export function loadStory(root: string = process.cwd()): Story {
  const { story, problems } = checkContent(root);
  if (!story) throw new ContentError(problems);
  return story;
}
