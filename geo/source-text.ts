/**
 * Parsing editors' files while remembering where every value came from, so that each problem
 * can be reported as `file:line:column`. JSON goes through jsonc-parser (the parser VS Code
 * uses), YAML front matter through `yaml`; both are strict and report every syntax error.
 */
import * as jsonc from 'jsonc-parser';
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, type Node } from 'yaml';

export type PathKey = string | number;
export interface Position {
  line: number;
  column: number;
}
export interface ParsedText {
  value: unknown;
  /** The position of the value at `path`, or of its nearest existing ancestor. */
  locate(path: readonly PathKey[]): Position;
  /** The position of the key naming `path`'s last element (for unknown-property errors). */
  locateKey(path: readonly PathKey[]): Position;
}
export interface SyntaxProblem {
  position: Position;
  message: string;
}
export type ParseResult = { ok: true; parsed: ParsedText } | { ok: false; problems: SyntaxProblem[] };

/** Line and column (both 1-based) of a character offset. */
export function toPosition(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const JSON_ERROR_TEXT: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected "," (a comma between items)',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'unexpected text after the end of the JSON document',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated text (missing closing ")',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in text',
};

export function parseJsonText(text: string): ParseResult {
  const errors: jsonc.ParseError[] = [];
  const root = jsonc.parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || root === undefined) {
    // One slip (a trailing comma) can raise several parse errors at the same spot: report it once.
    const firstAtOffset = errors.filter((e, i) => errors.findIndex((o) => o.offset === e.offset) === i);
    const problems = firstAtOffset.map((e) => {
      const code = jsonc.printParseErrorCode(e.error);
      return {
        position: toPosition(text, e.offset),
        message: `invalid JSON: ${JSON_ERROR_TEXT[code] ?? code}`,
      };
    });
    if (problems.length === 0) problems.push({ position: { line: 1, column: 1 }, message: 'invalid JSON: the file is empty' });
    return { ok: false, problems };
  }
  const nodeAt = (path: readonly PathKey[]): jsonc.Node => {
    for (let n = path.length; n >= 0; n--) {
      const node = jsonc.findNodeAtLocation(root, [...path.slice(0, n)]);
      if (node) return node;
    }
    return root;
  };
  return {
    ok: true,
    parsed: {
      value: jsonc.getNodeValue(root),
      locate: (path) => toPosition(text, nodeAt(path).offset),
      locateKey: (path) => {
        const node = nodeAt(path);
        // A value node's parent is its "property" node, whose first child is the key.
        const keyNode = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
        return toPosition(text, (keyNode ?? node).offset);
      },
    },
  };
}

/** Parses YAML whose first line is `lineOffset` lines into the file (front matter). */
export function parseYamlText(text: string, lineOffset = 0): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const shift = (p: { line: number; col: number }): Position => ({ line: p.line + lineOffset, column: p.col });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        position: shift(lineCounter.linePos(e.pos[0])),
        message: `invalid YAML: ${firstLine(e.message)}`,
      })),
    };
  }
  const nodeAt = (path: readonly PathKey[]): { node: Node | null; key: Node | null } => {
    let node: unknown = doc.contents;
    let key: Node | null = null;
    for (const step of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === step);
        if (!pair) break;
        key = pair.key as Node;
        node = pair.value;
      } else if (isSeq(node) && typeof step === 'number' && node.items[step]) {
        key = null;
        node = node.items[step];
      } else break;
    }
    return { node: (node as Node | null) ?? null, key };
  };
  const posOf = (n: Node | null): Position => shift(lineCounter.linePos(n?.range?.[0] ?? 0));
  return {
    ok: true,
    parsed: {
      value: doc.toJS(),
      locate: (path) => posOf(nodeAt(path).node),
      locateKey: (path) => {
        const { node, key } = nodeAt(path);
        return posOf(key ?? node);
      },
    },
  };
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}
