/**
 * The editors' preview (`npm run dev`) on a throwaway copy of the project: saving a content file
 * updates the open page within seconds, a mistake shows the check's message in the page (not a
 * blank page), fixing it brings the story back, and editor mode shows the live camera.
 */
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchBrowser } from './browser';
import { freePort } from './global-setup';

const ROOT = path.resolve(__dirname, '..');
let dir: string;
let dev: ChildProcess;
let browser: Browser;
let page: Page;
let url: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'story-preview-'));
  for (const entry of ['app', 'components', 'content', 'geo', 'public', 'types', 'package.json', 'next.config.js', 'tsconfig.json']) {
    cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true, filter: (src) => !src.includes(`${path.sep}generated`) });
  }
  // Turbopack refuses a symlinked node_modules; hard links make the copy instant.
  execSync(`cp -al "${path.join(ROOT, 'node_modules')}" "${path.join(dir, 'node_modules')}"`);
  const port = await freePort();
  url = `http://localhost:${port}`;
  dev = spawn('npm', ['run', 'dev', '--', '--port', String(port)], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  // Keep both pipes drained: a full pipe would block the dev server.
  dev.stderr?.on('data', (d: Buffer) => process.env.DEBUG_PREVIEW && process.stderr.write(d));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('next dev did not start')), 120_000);
    dev.stdout?.on('data', (d: Buffer) => {
      if (d.toString().includes('Ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  browser = await launchBrowser();
  page = await (await browser.newContext(DESKTOP)).newPage();
});

afterAll(async () => {
  await browser?.close();
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

const chapterFile = () => path.join(dir, 'content/story/en/02-cyber-agreement.md');

it('saving a chapter updates the open page within a few seconds', async () => {
  await page.goto(`${url}/en/`, { timeout: 120_000 });
  await page.waitForSelector('#cyber-agreement-title', { timeout: 120_000 });
  const original = readFileSync(chapterFile(), 'utf8');
  writeFileSync(chapterFile(), original.replace(/^title: .*$/m, 'title: "A title changed in the preview"'));
  await page.waitForFunction(() => document.querySelector('#cyber-agreement-title')?.textContent === 'A title changed in the preview', null, { timeout: 15_000 });
});

it('a mistake shows the check\'s message in the page, and fixing it brings the story back', async () => {
  const links = path.join(dir, 'content/links.geojson');
  const original = readFileSync(links, 'utf8');
  writeFileSync(links, original.replace('"to": "doha"', '"to": "dohaa"'));
  await page.waitForSelector('.content-problems', { timeout: 15_000 });
  expect(await page.textContent('.content-problems')).toMatch(/content\/links\.geojson:\d+:\d+: link "[a-z-]+": "to" is "dohaa", which is not a place id \(did you mean "doha"\?\)/);
  writeFileSync(links, original);
  await page.waitForSelector('#cyber-agreement-title', { timeout: 15_000 });
});

it('editor mode shows the live camera as a chapter camera block, and the chapter\'s file', async () => {
  await page.waitForFunction(() => /camera:\n {2}center: \[-?\d/.test(document.querySelector('[data-testid="editor-camera"]')?.textContent ?? ''), null, { timeout: 60_000 });
  expect(await page.textContent('.editor-panel')).toContain('content/story/en/');
});
