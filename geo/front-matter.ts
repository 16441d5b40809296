/** Splits a chapter file into its YAML front matter and its Markdown body. */
export type FrontMatterSplit =
  | { ok: true; yaml: string; yamlLine: number; body: string; bodyLine: number }
  | { ok: false; message: string };

const FENCE = /^---[ \t]*$/;

export function splitFrontMatter(text: string): FrontMatterSplit {
  // Editors on Windows save CRLF and some editors add a byte-order mark: neither is a mistake.
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    return {
      ok: false,
      message: 'a chapter file must start with front matter: a line "---", the fields (id, title, date, places, links, sources), then another "---"',
    };
  }
  const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (end < 0) {
    return { ok: false, message: 'the front matter is not closed: add a line "---" after the fields' };
  }
  return {
    ok: true,
    yaml: lines.slice(1, end).join('\n'),
    yamlLine: 2,
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
  };
}
