/**
 * Finds the line and column of a field in YAML text from its path (["keyPoints", 2]), so that a
 * schema problem can point at the field. Covers the YAML our content uses: block mappings, block
 * sequences ("- item", "- key: value") and one-line flow collections ("[a, b]", "{ id: x }"). When a
 * path cannot be followed to its end (a missing field), the deepest part found is returned, with
 * `exact: false`.
 */

export interface YamlPlace {
  /** 1-based, in the YAML text. */
  line: number;
  column: number;
  /** False when only an ancestor of the path was found (e.g. the field is missing). */
  exact: boolean;
}

interface Scope {
  /** Lines [from, to) of the node's block content. */
  from: number;
  to: number;
  /** Where content starts on line `from` when it shares the line with a "- " (a sequence item). */
  firstColumn?: number;
  /** A value written on the key's own line ("key: [a, b]"): its line and column. */
  inline?: { line: number; column: number; text: string };
}

const isContent = (line: string) => line.trim() !== "" && !line.trimStart().startsWith("#");
const indentOf = (line: string) => line.length - line.trimStart().length;

export function locateYamlPath(yaml: string, path: readonly PropertyKey[]): YamlPlace {
  const lines = yaml.split("\n");
  let scope: Scope = { from: 0, to: lines.length };
  let place = { line: 1, column: 1 };
  for (const segment of path) {
    const found = typeof segment === "number" ? findItem(lines, scope, segment) : findKey(lines, scope, String(segment));
    if (!found) return { ...place, exact: false };
    place = { line: found.line + 1, column: found.column + 1 };
    scope = found.scope;
  }
  return { ...place, exact: true };
}

/** The content lines of a scope with the column each starts at. */
function entries(lines: string[], scope: Scope): { i: number; column: number }[] {
  const out: { i: number; column: number }[] = [];
  for (let i = scope.from; i < scope.to; i++) {
    if (i === scope.from && scope.firstColumn !== undefined) {
      if (lines[i]!.slice(scope.firstColumn).trim()) out.push({ i, column: scope.firstColumn });
    } else if (isContent(lines[i]!)) out.push({ i, column: indentOf(lines[i]!) });
  }
  return out;
}

/** The lines after `i` that belong to the node starting there (deeper than `column`, or "- " items at it for a key). */
function childEnd(lines: string[], scope: Scope, i: number, column: number, sequenceAtSameIndent: boolean): number {
  let end = i + 1;
  while (end < scope.to) {
    const line = lines[end]!;
    if (isContent(line)) {
      const indent = indentOf(line);
      const sameIndentItem = sequenceAtSameIndent && indent === column && /^-(\s|$)/.test(line.trimStart());
      if (indent < column || (indent === column && !sameIndentItem)) break;
    }
    end++;
  }
  return end;
}

function findKey(lines: string[], scope: Scope, key: string): { line: number; column: number; scope: Scope } | undefined {
  const all = entries(lines, scope);
  const keyPattern = new RegExp(`^(["']?)${escape(key)}\\1\\s*:(?=\\s|$)`);
  if (all.length) {
    const column = all[0]!.column;
    for (const { i, column: c } of all) {
      if (c !== column) continue;
      const match = keyPattern.exec(lines[i]!.slice(c));
      if (!match) continue;
      const valueColumn = c + match[0].length + (lines[i]!.slice(c + match[0].length).length - lines[i]!.slice(c + match[0].length).trimStart().length);
      const valueText = lines[i]!.slice(valueColumn).replace(/\s+#.*$/, "");
      return {
        line: i,
        column: c,
        scope: { from: i + 1, to: childEnd(lines, scope, i, c, true), ...(valueText ? { inline: { line: i, column: valueColumn, text: valueText } } : {}) },
      };
    }
  }
  // A one-line flow mapping: "{ id: x, term: y }".
  const inline = scope.inline ?? firstLineInline(lines, scope);
  if (inline?.text.startsWith("{")) {
    const match = new RegExp(`[{,]\\s*(["']?)${escape(key)}\\1\\s*:`).exec(inline.text);
    if (match) {
      const column = inline.column + match.index + match[0].length - match[0].replace(/^[{,]\s*/, "").length;
      return { line: inline.line, column, scope: { from: inline.line + 1, to: inline.line + 1 } };
    }
  }
  return undefined;
}

function findItem(lines: string[], scope: Scope, index: number): { line: number; column: number; scope: Scope } | undefined {
  const items = entries(lines, scope).filter(({ i, column }) => /^-(\s|$)/.test(lines[i]!.slice(column)));
  if (items.length) {
    const column = items[0]!.column;
    const item = items.filter((it) => it.column === column)[index];
    if (!item) return undefined;
    const text = lines[item.i]!;
    const contentColumn = column + 1 + (text.slice(column + 1).length - text.slice(column + 1).trimStart().length);
    const inlineText = text.slice(contentColumn).replace(/\s+#.*$/, "");
    return {
      line: item.i,
      column,
      scope: {
        from: item.i,
        to: childEnd(lines, scope, item.i, column, false),
        firstColumn: contentColumn,
        ...(inlineText ? { inline: { line: item.i, column: contentColumn, text: inlineText } } : {}),
      },
    };
  }
  // A one-line flow sequence: "[a, b, c]".
  const inline = scope.inline;
  if (inline?.text.startsWith("[")) {
    const starts = flowItemStarts(inline.text);
    const start = starts[index];
    if (start === undefined) return undefined;
    return { line: inline.line, column: inline.column + start, scope: { from: inline.line + 1, to: inline.line + 1 } };
  }
  return undefined;
}

function firstLineInline(lines: string[], scope: Scope): Scope["inline"] {
  if (scope.firstColumn === undefined) return undefined;
  return { line: scope.from, column: scope.firstColumn, text: lines[scope.from]!.slice(scope.firstColumn) };
}

/** Offsets where each item of "[a, "b, c", d]" starts (quotes and nested brackets respected). */
function flowItemStarts(text: string): number[] {
  const starts: number[] = [];
  let depth = 0;
  let quote: string | undefined;
  let expectItem = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = undefined;
      continue;
    }
    if (expectItem && !/\s/.test(ch) && ch !== "]") {
      starts.push(i);
      expectItem = false;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "[" || ch === "{") {
      depth++;
      if (depth === 1) expectItem = true;
    } else if (ch === "]" || ch === "}") {
      depth--;
      if (depth === 0) break;
    } else if (ch === "," && depth === 1) expectItem = true;
  }
  return starts;
}

function escape(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
}
