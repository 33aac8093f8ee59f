/**
 * Reads a figure's YAML data file and checks it against its schema. Every problem is structured and
 * located at its field, e.g. `content/figures/x.yaml:12:7  nodes[3].label: Required (expected string)`,
 * the same for the build and `npm run check`.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { z } from "astro/zod";
import { ProblemsError, type Problem } from "../checks/problem.ts";
import { locateField, parseYamlFile, yamlSyntaxProblem } from "../content/yaml-places.ts";

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

/** A figure's data file checked against its schema: the data, or every problem at its field's line. */
export function figureDataProblems<S extends z.ZodType>(file: string, text: string, schema: S): { data?: z.output<S>; problems: Problem[] } {
  const yaml = parseYamlFile(text);
  const syntax = yamlSyntaxProblem(file, yaml, "figure-data");
  if (syntax) return { problems: [syntax] };
  const result = schema.safeParse(yaml.doc.toJS(), { error: message });
  if (result.success) return { data: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue): Problem => {
      const { exact: _, ...place } = locateField(text, issue.path);
      return { file, ...place, rule: "figure-data", severity: "error", message: `${formatPath(issue.path)}: ${issue.message}`, fix: FIX };
    }),
  };
}

const FIX = "write the field in the form the file's header and its other entries show";

/** Reads `path` (relative to the project root, where the build runs) and validates it; a fault throws a ProblemsError. */
export function loadFigureData<S extends z.ZodType>(path: string, schema: S, root = "."): z.output<S> {
  let text: string;
  try {
    text = readFileSync(resolve(root, path), "utf8");
  } catch (error) {
    throw new Error(`${path}: cannot read the figure's data file (${(error as Error).message})`, { cause: error });
  }
  const { data, problems } = figureDataProblems(path, text, schema);
  if (problems.length > 0) throw new ProblemsError(problems);
  return data!;
}

/**
 * Draws a figure from the data of file `path`. A problem found while drawing (an edge that would
 * cross a node, a label too long for its cell) is reported at the file too; a problem of the data
 * itself (a ProblemsError) is reported as it is.
 */
export function drawAt<Drawing>(path: string, draw: () => Drawing): Drawing {
  try {
    return draw();
  } catch (error) {
    if (error instanceof ProblemsError) throw error;
    throw new ProblemsError([
      {
        file: path,
        line: 1,
        column: 1,
        rule: "figure-data",
        severity: "error",
        message: `the figure cannot be drawn: ${(error as Error).message}`,
        fix: "fix the figure's data as the message says",
      },
    ]);
  }
}
