/**
 * Which files of the static export name which: the reference graph that scripts/postbuild.mjs
 * prunes with and scripts/size-report.mjs measures with. Pure functions over a list of files
 * ({ path, bytes, text }), so they can be tested without a build.
 *
 * A file "names" another when its text contains the other's base name as a whole word (hashed
 * names are unique; a base name shared by several files must appear with its parent folder).
 * One kind of mention is not a use: a Turbopack asset module (`12316,e=>{e.q("/_next/static/media/x")}`)
 * only exports the URL string, and nothing fetches it unless some code requires that module id.
 */
import path from 'node:path';

/** Files whose text can name other files. */
export const TEXT_FILE = /(\.(html|js|mjs|cjs|css|json|geojson|svg|txt|xml|webmanifest|map)|(^|\/)_headers)$/;
/** Precompressed variants written by postbuild: they stand for their original. */
export const COMPRESSED = /\.(br|gz)$/;

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The name other files use for `file`: its base name, or "folder/base" when the base name is not unique. */
export function referenceNames(paths) {
  const counts = new Map();
  for (const p of paths) counts.set(path.posix.basename(p), (counts.get(path.posix.basename(p)) ?? 0) + 1);
  return new Map(
    paths.map((p) => {
      const base = path.posix.basename(p);
      const parent = path.posix.basename(path.posix.dirname(p));
      return [p, counts.get(base) > 1 && parent && parent !== '.' ? `${parent}/${base}` : base];
    }),
  );
}

/** Offsets at which `name` occurs in `text` as a whole file name (not inside a longer name, not `x.js` of `x.js.map`). */
export function mentionsOf(text, name) {
  if (!text.includes(name)) return [];
  const pattern = new RegExp(`(?<![\\w.$!-])${escapeRegExp(name)}(?![\\w$-]|\\.\\w)`, 'g');
  return [...text.matchAll(pattern)].map((m) => m.index);
}

/** Turbopack asset modules in a chunk: `<id>,e=>{e.q("<url>")}`, with where they sit in the text. */
export function turbopackAssets(text) {
  const assets = [];
  for (const m of text.matchAll(/(?<=[,[]\s*)(\d+)\s*,\s*([\w$]+)\s*=>\s*\{\s*\2\.q\(\s*"([^"]+)"\s*\)\s*;?\s*\}/g)) {
    assets.push({ id: m[1], url: m[3], start: m.index, end: m.index + m[0].length });
  }
  return assets;
}

/**
 * MapLibre computes a default worker URL (`WORKER_URL||function(){…}()`) only when the app has
 * not set one. True when `offset` lies inside that fallback.
 */
export function insideWorkerUrlFallback(text, offset) {
  const start = text.lastIndexOf('WORKER_URL||function(){', offset);
  return start >= 0 && offset - start < 600 && !text.slice(start, offset).includes('}()');
}

/** True when some file other than MapLibre's own bundle sets the worker URL (`x.setWorkerUrl(<arg>)`). */
export function appSetsWorkerUrl(files) {
  return files.some((f) => f.text && /\.setWorkerUrl\((?!\))/.test(f.text) && !f.text.includes('WORKER_URL||function(){'));
}

/**
 * The Turbopack asset modules whose URL no code can ask for: their id appears nowhere but in their
 * own registration, or only inside MapLibre's default-worker fallback while the app sets the worker
 * URL itself. Returns Map<"file:offset", {id, url}> of the dead registrations' spans for `isDeadMention`.
 */
export function deadAssetRegistrations(files) {
  const scripts = files.filter((f) => f.text && /\.(js|mjs|cjs)$/.test(f.path));
  const registrations = scripts.flatMap((f) => turbopackAssets(f.text).map((a) => ({ ...a, file: f.path })));
  const workerUrlSet = appSetsWorkerUrl(scripts);
  const dead = [];
  for (const reg of registrations) {
    const idPattern = new RegExp(`(?<![\\w$.])${reg.id}(?![\\w$])`, 'g');
    let live = false;
    let inFallback = false;
    for (const f of scripts) {
      if (!f.text.includes(reg.id)) continue;
      for (const m of f.text.matchAll(idPattern)) {
        if (f.path === reg.file && m.index >= reg.start && m.index < reg.end) continue;
        if (workerUrlSet && insideWorkerUrlFallback(f.text, m.index)) {
          inFallback = true;
          continue;
        }
        live = true;
        break;
      }
      if (live) break;
    }
    if (!live) dead.push({ ...reg, onlyInWorkerFallback: inFallback });
  }
  return dead;
}

/**
 * Every mention of every file: Map<path, [{from, offset, dead, fallback}]>; `dead` when the mention is
 * a dead asset registration, `fallback` when its id is only required by MapLibre's default-worker fallback.
 */
export function referenceGraph(files, dead = deadAssetRegistrations(files)) {
  const names = referenceNames(files.map((f) => f.path));
  const deadSpans = new Map();
  for (const reg of dead) deadSpans.set(reg.file, [...(deadSpans.get(reg.file) ?? []), reg]);
  const graph = new Map(files.map((f) => [f.path, []]));
  for (const from of files) {
    if (!from.text) continue;
    for (const to of files) {
      if (to.path === from.path) continue;
      for (const offset of mentionsOf(from.text, names.get(to.path))) {
        const registration = (deadSpans.get(from.path) ?? []).find((r) => offset >= r.start && offset < r.end);
        graph.get(to.path).push({ from: from.path, offset, dead: Boolean(registration), fallback: Boolean(registration?.onlyInWorkerFallback) });
      }
    }
  }
  return graph;
}

/** Files the build emits but no page can load: candidates are Turbopack's media copies and source maps. */
export const PRUNE_CANDIDATE = /(^|\/)_next\/static\/media\/|\.map$/;

/**
 * The candidates (PRUNE_CANDIDATE) that nothing uses: every mention of them is a dead asset
 * registration or sits in another file that is itself unused (so mutually-naming leftovers go
 * together). Returns [{path, bytes, reason}] sorted by path.
 */
export function unusedFiles(files, graph = referenceGraph(files)) {
  const unused = new Set(files.filter((f) => PRUNE_CANDIDATE.test(f.path) && !COMPRESSED.test(f.path)).map((f) => f.path));
  let changed = true;
  while (changed) {
    changed = false;
    for (const p of unused) {
      if (graph.get(p).some((m) => !m.dead && !unused.has(m.from))) {
        unused.delete(p);
        changed = true;
      }
    }
  }
  return files
    .filter((f) => unused.has(f.path))
    .map((f) => {
      const mentions = graph.get(f.path);
      const reason =
        mentions.length === 0
          ? 'named by no file'
          : mentions.some((m) => m.fallback)
            ? "only named by a Turbopack asset module that MapLibre's default worker URL requires, which setWorkerUrl bypasses"
            : mentions.every((m) => m.dead)
              ? 'only named by Turbopack asset modules that no code requires'
              : 'only named by unused files and unused asset modules';
      return { path: f.path, bytes: f.bytes, reason };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Files fetched by URL convention rather than named in another file: pages, Next's RSC payloads, host files. */
export function isEntry(p) {
  return (
    /\.html$/.test(p) ||
    // Next's client router fetches a route's payload by convention: <route>/index.txt, <route>/__next.*.txt.
    /(^|\/)(index|__next\.[^/]*)\.txt$/.test(p) ||
    /^(robots\.txt|sitemap\.xml|_headers|_redirects|favicon\.[a-z]+|[^/]*\.webmanifest)$/.test(p)
  );
}

/** Paths reachable from `roots` through live mentions; `follow(path)` limits which files are read for mentions. */
export function reachable(roots, graph, follow = () => true) {
  // Invert the graph once: from → [to].
  const out = new Map();
  for (const [to, mentions] of graph) {
    for (const m of mentions) if (!m.dead) out.set(m.from, [...(out.get(m.from) ?? []), to]);
  }
  const seen = new Set(roots);
  const queue = [...roots];
  while (queue.length) {
    const p = queue.shift();
    if (!follow(p)) continue;
    for (const to of new Set(out.get(p) ?? [])) {
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return seen;
}
