/**
 * Where a field of a YAML file is, from the `yaml` package's node ranges: the line and column of a
 * path, or of the deepest part of it that exists when the field is missing. One helper for every
 * reader that reports a problem at its line (editorial sources, search concepts, figures, the
 * entity catalog's names).
 */
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import type { Problem, RuleName } from "../checks/problem.ts";

export interface YamlFile {
  doc: Document;
  /** The 1-based line and column of a character offset. */
  at: (offset: number) => { line: number; column: number };
  /** The place of a path's value, or of its deepest existing ancestor (line 1 when none exists). */
  placeOf: (path: readonly (string | number)[]) => { line: number; column: number };
}

/** The first syntax error of a parsed YAML file, as a problem of `rule` (the file's rule) at its place; undefined when it parses. */
export function yamlSyntaxProblem(file: string, yaml: YamlFile, rule: RuleName): Problem | undefined {
  const error = yaml.doc.errors[0];
  if (!error) return undefined;
  return {
    file,
    ...yaml.at(error.pos[0]),
    rule,
    severity: "error",
    message: `not valid YAML: ${error.message.split("\n")[0]}`,
    fix: 'check the indentation and quoting here; text containing ": " goes in double quotes',
  };
}

/**
 * A YAML file's data and where each of its fields is, or the problem that stops it being read. The
 * one YAML reader of content files.
 */
export function readYaml(
  file: string,
  text: string,
  rule: RuleName,
): { yamlError: Problem; data?: undefined; placeOf?: undefined } | { yamlError?: undefined; data: unknown; placeOf: YamlFile["placeOf"] } {
  const yaml = parseYamlFile(text);
  const yamlError = yamlSyntaxProblem(file, yaml, rule);
  return yamlError ? { yamlError } : { data: yaml.doc.toJS(), placeOf: yaml.placeOf };
}

export interface FieldPlace {
  /** 1-based, in the YAML text. */
  line: number;
  column: number;
  /** False when only an ancestor of the path was found (e.g. the field is missing). */
  exact: boolean;
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
 * Where a field is written, as a schema problem names it: a mapping's key ("reversibility.binding" →
 * the "binding" key), a block sequence's item at its "- ", a flow item at its value. When the path
 * cannot be followed to its end (a missing field), the deepest part found, with `exact: false`.
 */
export function locateField(yaml: string, path: readonly PropertyKey[]): FieldPlace {
  const { doc, at } = parseYamlFile(yaml);
  let node: unknown = doc.contents;
  let place = { line: 1, column: 1 };
  for (const segment of path) {
    let start: number | undefined;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      start = isNode(pair?.key) ? pair.key.range?.[0] : undefined;
      node = pair?.value;
    } else if (isSeq(node) && typeof segment === "number") {
      const item: unknown = node.items[segment];
      start = isNode(item) ? item.range?.[0] : undefined;
      // A block item is named at its "- " (the value starts after it).
      if (start !== undefined && !node.flow) start = yaml.lastIndexOf("-", start - 1);
      node = item;
    }
    if (start === undefined) return { ...place, exact: false };
    place = at(start);
  }
  return { ...place, exact: true };
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
