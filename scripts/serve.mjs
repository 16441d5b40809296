#!/usr/bin/env node
/**
 * Serves the static export in out/ like a CDN would: precompressed .br/.gz files when the
 * browser accepts them (compressed on the fly otherwise), directory index.html, 404.html,
 * long caching for hashed assets and the security headers from out/_headers.
 *
 *   node scripts/serve.mjs [dir] [--port 3000]
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const args = process.argv.slice(2);
const portFlag = args.indexOf('--port');
const port = Number(portFlag >= 0 ? args[portFlag + 1] : process.env.PORT ?? 3000);
const root = path.resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--port') ?? 'out');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.ico': 'image/x-icon', '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml', '.webmanifest': 'application/manifest+json', '.map': 'application/json',
};
const COMPRESSIBLE = /\.(html|js|mjs|css|json|geojson|svg|txt|xml|map|webmanifest)$/;

/** Rules from a Netlify/Cloudflare-style `_headers` file: a path pattern, then indented headers. */
function readHeaderRules() {
  const file = path.join(root, '_headers');
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const [name, ...value] = line.trim().split(':');
    if (rules.length && name) rules[rules.length - 1].headers[name.trim()] = value.join(':').trim();
  }
  return rules;
}
const headerRules = readHeaderRules();
/** Later, more specific rules override earlier ones, as on Netlify. */
function headersFor(urlPath) {
  const headers = {};
  for (const rule of headerRules) {
    const prefix = rule.pattern.replace(/\*$/, '');
    if (rule.pattern.endsWith('*') ? urlPath.startsWith(prefix) : urlPath === rule.pattern) Object.assign(headers, rule.headers);
  }
  return headers;
}

function resolveFile(urlPath) {
  const clean = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const full = path.join(root, path.normalize(clean).replace(/^(\.\.[/\\])+/, ''));
  if (!full.startsWith(root)) return null;
  if (existsSync(full) && statSync(full).isDirectory()) {
    const index = path.join(full, 'index.html');
    return existsSync(index) ? index : null;
  }
  if (existsSync(full)) return full;
  if (existsSync(`${full}.html`)) return `${full}.html`;
  return null;
}

const cache = new Map();
function encoded(file, encoding) {
  // Keyed by modification time, so a rebuild under a running server is picked up.
  const key = `${file}:${encoding}:${statSync(file).mtimeMs}`;
  if (cache.has(key)) return cache.get(key);
  const pre = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
  const body = existsSync(pre)
    ? readFileSync(pre)
    : encoding === 'br'
      ? brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
      : gzipSync(readFileSync(file), { level: 9 });
  cache.set(key, body);
  return body;
}

const server = createServer((req, res) => {
  const urlPath = (req.url ?? '/').split('?')[0];
  // Directories are served with a trailing slash, as the export's links expect.
  if (!urlPath.endsWith('/') && !path.extname(urlPath) && existsSync(path.join(root, urlPath, 'index.html'))) {
    res.writeHead(308, { Location: `${urlPath}/${(req.url ?? '').slice(urlPath.length)}` });
    return res.end();
  }
  let file = resolveFile(urlPath);
  let status = 200;
  if (!file) {
    file = path.join(root, '404.html');
    status = 404;
    if (!existsSync(file)) { res.writeHead(404); return res.end('Not found'); }
  }
  const ext = path.extname(file);
  const headers = { ...headersFor(urlPath), 'Content-Type': TYPES[ext] ?? 'application/octet-stream', Vary: 'Accept-Encoding' };
  headers['Cache-Control'] = urlPath.startsWith('/_next/static/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate';
  const accept = String(req.headers['accept-encoding'] ?? '');
  let body;
  if (COMPRESSIBLE.test(file) && /\bbr\b/.test(accept)) { body = encoded(file, 'br'); headers['Content-Encoding'] = 'br'; }
  else if (COMPRESSIBLE.test(file) && /\bgzip\b/.test(accept)) { body = encoded(file, 'gzip'); headers['Content-Encoding'] = 'gzip'; }
  else body = readFileSync(file);
  headers['Content-Length'] = body.length;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
});

server.listen(port, () => console.log(`Serving ${path.relative(process.cwd(), root) || '.'} at http://localhost:${port}/`));
