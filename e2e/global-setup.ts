/** Serves the built site (out/) with the same server as `npm start`, on a free port. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startServer(dir: string, port: number): Promise<() => void> {
  const child = spawn(process.execPath, [path.join(__dirname, '..', 'scripts', 'serve.mjs'), dir, '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => d.toString().includes('Serving') && resolve());
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return () => child.kill();
}

export default async function globalSetup() {
  const out = path.join(__dirname, '..', 'out');
  if (!existsSync(path.join(out, 'ar', 'index.html'))) throw new Error('out/ has no built site: run `npm run build` first (npm test does).');
  const port = await freePort();
  const stop = await startServer(out, port);
  process.env.STORY_BASE_URL = `http://localhost:${port}`;
  (globalThis as { __stopServer?: () => void }).__stopServer = stop;
}
