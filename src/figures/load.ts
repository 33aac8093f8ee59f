/**
 * Reads a figure's YAML data file and checks it against its schema. Every problem is reported with
 * the file and the field path, e.g. `content/figures/x.yaml: nodes[3].label: Required (expected string)`.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "yaml";
import type { z } from "astro/zod";

/** `["nodes", 3, "label"]` → `nodes[3].label`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || "(top level)";
}

/** Zod's messages, with a plainer word for a field that is simply missing. */
function message(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === "invalid_type" && issue.input === undefined) return `Required (expected ${issue.expected})`;
  if (issue.code === "unrecognized_keys")
    return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")} (check the spelling)`;
  return undefined;
}

/** Validates already-parsed data; `file` only names the source in error messages. */
export function validateFigureData<S extends z.ZodType>(file: string, raw: unknown, schema: S): z.output<S> {
  const result = schema.safeParse(raw, { error: message });
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `${file}: ${formatPath(issue.path)}: ${issue.message}`);
    throw new Error(lines.join("\n"));
  }
  return result.data;
}

/** Reads `path` (relative to the project root, where the build runs) and validates it. */
export function loadFigureData<S extends z.ZodType>(path: string, schema: S, root = "."): z.output<S> {
  let source: string;
  try {
    source = readFileSync(resolve(root, path), "utf8");
  } catch (error) {
    throw new Error(`${path}: cannot read the figure's data file (${(error as Error).message})`, { cause: error });
  }
  let raw: unknown;
  try {
    raw = parse(source, { prettyErrors: true });
  } catch (error) {
    throw new Error(`${path}: not valid YAML: ${(error as Error).message}`, { cause: error });
  }
  return validateFigureData(path, raw, schema);
}

/**
 * Loads a data file and draws it. A problem found while drawing (an edge that would cross a node,
 * a label too long for its cell) is reported with the file's name too.
 */
export function drawFromFile<S extends z.ZodType>(path: string, schema: S, render: (data: z.output<S>) => string, root = "."): string {
  const data = loadFigureData(path, schema, root);
  try {
    return render(data);
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`, { cause: error });
  }
}
