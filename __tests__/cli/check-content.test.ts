/** @jest-environment node */
/**
 * The editors' command and the build's first step, run as editors run them, on a copy of the
 * real content: the same messages, exit status 1 on errors, and nothing written to content.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

function copyContent(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'story-content-'));
  cpSync(path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
  return dir;
}

function run(script: string, cwd: string) {
  const result = spawnSync(TSX, [path.join(ROOT, 'geo', 'cli', script)], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, name.name);
      if (name.isDirectory()) walk(full);
      else files[path.relative(dir, full)] = readFileSync(full, 'utf8');
    }
  };
  walk(path.join(dir, 'content'));
  return files;
}

/** Replaces the first occurrence of `find` and returns the 1-based line and column where `replace` starts. */
function breakFile(dir: string, file: string, find: string, replace: string): { line: number; column: number } {
  const full = path.join(dir, file);
  const text = readFileSync(full, 'utf8');
  const at = text.indexOf(find);
  if (at < 0) throw new Error(`"${find}" not in ${file}`);
  writeFileSync(full, text.slice(0, at) + replace + text.slice(at + find.length));
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

describe('npm run check-content', () => {
  it('passes the real content with a one-line summary and exit status 0', () => {
    const dir = copyContent();
    const { status, output } = run('check-content.ts', dir);
    expect(status).toBe(0);
    expect(output.trim().split('\n')).toHaveLength(1);
    expect(output).toMatch(/^✓ content OK: \d+ places, \d+ links, \d+ sources, \d+ chapters/);
  });

  it('names file, line, column, link id and field for a mistyped place id, exits 1, and writes nothing', () => {
    const dir = copyContent();
    const at = breakFile(dir, 'content/links.geojson', '"to": "doha"', '"to": "dohaa"');
    const before = snapshot(dir);
    const { status, output } = run('check-content.ts', dir);
    expect(status).toBe(1);
    const text = readFileSync(path.join(dir, 'content/links.geojson'), 'utf8');
    const upToMistake = text.slice(0, text.indexOf('"to": "dohaa"'));
    const linkId = /"id": "([^"]+)"/.exec(upToMistake.slice(upToMistake.lastIndexOf('"id": "')))![1];
    expect(output).toContain(
      `content/links.geojson:${at.line}:${at.column + 6}: link "${linkId}": "to" is "dohaa", which is not a place id (did you mean "doha"?)`,
    );
    expect(output).toMatch(/✗ content check failed: \d+ errors?/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('the build refuses broken content with the same messages and generates nothing', () => {
    const dir = copyContent();
    breakFile(dir, 'content/places.geojson', '"name_en"', '"nmae_en"');
    const check = run('check-content.ts', dir);
    const build = run('prepare-build.ts', dir);
    expect(build.status).toBe(1);
    expect(build.output).toBe(check.output);
    expect(check.output).toMatch(/unknown property "nmae_en" \(did you mean "name_en"\?\)/);
    expect(existsSync(path.join(dir, 'public', 'generated'))).toBe(false);
  });
});
