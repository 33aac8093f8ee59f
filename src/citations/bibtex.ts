/**
 * A small BibTeX reader: enough for a hand-kept bibliography, and it keeps the line of every
 * entry and field so that validation errors can point a maintainer at the exact place.
 */

export interface Place {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

export interface BibField extends Place {
  value: string;
}

/** `line` and `column` are those of the key (`@article{key,`). */
export interface BibEntry extends Place {
  type: string;
  key: string;
  fields: Record<string, BibField>;
}

export class BibtexSyntaxError extends Error {
  readonly file: string;
  readonly line: number;
  /** What is wrong, without the file and line. */
  readonly detail: string;
  constructor(file: string, line: number, detail: string) {
    super(`${file}:${line}: ${detail}`);
    this.name = "BibtexSyntaxError";
    this.file = file;
    this.line = line;
    this.detail = detail;
  }
}

/** Parses BibTeX text; `@comment`, `@preamble`, `@string` and text between entries are skipped. */
export function parseBibtex(text: string, file = "references.bib"): BibEntry[] {
  const entries: BibEntry[] = [];
  let pos = 0;
  const placeAt = placeLocator(text);
  const fail = (index: number, detail: string): never => {
    throw new BibtexSyntaxError(file, placeAt(index).line, detail);
  };

  while ((pos = text.indexOf("@", pos)) !== -1) {
    // '%' starts a comment line in BibTeX files; an '@' inside one is not an entry.
    const lineStart = text.lastIndexOf("\n", pos) + 1;
    if (text.slice(lineStart, pos).includes("%")) {
      pos++;
      continue;
    }
    const start = pos;
    const head = /^@\s*([A-Za-z]+)\s*([{(])/.exec(text.slice(pos));
    if (!head) fail(pos, "expected an entry such as @article{key, ...}");
    const type = head![1]!.toLowerCase();
    const close = head![2] === "{" ? "}" : ")";
    pos += head![0].length;
    if (type === "comment" || type === "preamble" || type === "string") {
      pos = skipBalanced(text, pos - 1, fail);
      continue;
    }
    const keyMatch = /^\s*([^\s,{}]+)\s*,/.exec(text.slice(pos));
    if (!keyMatch) fail(pos, `@${type} entry has no citation key (expected @${type}{key, ...})`);
    const key = keyMatch![1]!;
    const keyPlace = placeAt(pos + keyMatch![0].indexOf(key));
    pos += keyMatch![0].length;
    const fields: Record<string, BibField> = {};

    for (;;) {
      pos = skipSpace(text, pos);
      if (text[pos] === close) {
        pos++;
        break;
      }
      if (pos >= text.length) fail(start, `entry "${key}" is not closed with "${close}"`);
      const nameMatch = /^([A-Za-z][\w-]*)\s*=\s*/.exec(text.slice(pos));
      if (!nameMatch) fail(pos, `entry "${key}": expected a field such as title = {...}`);
      const name = nameMatch![1]!.toLowerCase();
      const fieldPlace = placeAt(pos);
      pos += nameMatch![0].length;
      let value: string;
      if (text[pos] === "{") {
        const end = skipBalanced(text, pos, fail);
        value = text.slice(pos + 1, end - 1);
        pos = end;
      } else if (text[pos] === '"') {
        const end = text.indexOf('"', pos + 1);
        if (end === -1) fail(pos, `entry "${key}": field "${name}" has an unclosed quote`);
        value = text.slice(pos + 1, end);
        // Braces inside quotes must pair up: BibTeX readers disagree on a lone one (ours dropped it,
        // rehype-citation failed later, naming a chapter instead of this file).
        let depth = 0;
        for (const char of value) {
          depth += char === "{" ? 1 : char === "}" ? -1 : 0;
          if (depth < 0) break;
        }
        if (depth !== 0)
          fail(pos, `entry "${key}": field "${name}" has an unpaired "{" or "}" inside its quotes; write the value in braces, {…}, without stray braces`);
        pos = end + 1;
      } else {
        const bare = /^[\w.-]+/.exec(text.slice(pos));
        if (!bare) fail(pos, `entry "${key}": field "${name}" has no value`);
        value = bare![0];
        pos += value.length;
      }
      if (name in fields) fail(pos, `entry "${key}" sets the field "${name}" twice`);
      fields[name] = { value: value.replace(/\s+/g, " ").trim(), ...fieldPlace };
      const valueEnd = pos;
      pos = skipSpace(text, pos);
      if (text[pos] === ",") pos++;
      // Reported where the comma is missing (the end of the value), not at the next field.
      else if (text[pos] !== close) fail(valueEnd, `entry "${key}": expected "," or "${close}" after field "${name}"`);
    }
    entries.push({ type, key, ...keyPlace, fields });
  }
  return entries;
}

/** The field value with BibTeX case-protection braces removed, for display and comparison. */
export function plainField(entry: BibEntry, name: string): string | undefined {
  return entry.fields[name]?.value.replace(/[{}]/g, "");
}

function skipSpace(text: string, pos: number): number {
  while (pos < text.length && /\s/.test(text[pos]!)) pos++;
  return pos;
}

/** From an opening "{" or "(", returns the index just past its matching close. */
function skipBalanced(text: string, open: number, fail: (i: number, d: string) => never): number {
  const opener = text[open];
  const closer = opener === "(" ? ")" : "}";
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === opener) depth++;
    else if (text[i] === closer && --depth === 0) return i + 1;
  }
  return fail(open, `unbalanced "${opener}"`);
}

/** Returns a function from a character index to its 1-based line and column, by binary search over line starts. */
export function placeLocator(text: string): (index: number) => Place {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (index) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: index - starts[lo]! + 1 };
  };
}
