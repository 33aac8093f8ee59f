/**
 * Where a field of a YAML file is, from the `yaml` package's node ranges: the line and column of a
 * path, or of the deepest part of it that exists when the field is missing. One helper for every
 * reader that reports a problem at its line (editorial sources, search concepts, figures, the
 * entity catalog's names).
 */
import { isNode, LineCounter, parseDocument, type Document } from "yaml";

export interface YamlFile {
  doc: Document;
  /** The 1-based line and column of a character offset. */
  at: (offset: number) => { line: number; column: number };
  /** The place of a path, or of its deepest existing ancestor (line 1 when none exists). */
  placeOf: (path: readonly (string | number)[]) => { line: number; column: number };
}

export function parseYamlFile(text: string): YamlFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const placeOf = (path: readonly (string | number)[]) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return at(node.range[0]);
    }
    return { line: 1, column: 1 };
  };
  return { doc, at, placeOf };
}

/**
 * The place of a field in a content file: in the frontmatter of an `.mdx` page (lines counted in
 * the whole file), or in a YAML file.
 */
export function placeOfField(file: string, text: string, path: readonly (string | number)[]): { line: number; column: number } {
  // The opening "---" becomes an empty line, so the YAML's lines are the file's lines.
  const yaml = file.endsWith(".mdx") ? `\n${/^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text)?.[1] ?? ""}` : text;
  return parseYamlFile(yaml).placeOf(path);
}
