/**
 * Reads entity content from disk and validates it, for code that runs outside Astro's content
 * layer (the remark plugin) and for the glossary's loader. Every problem names the file, and the
 * field or line. YAML is read with Astro's own reader (parseFrontmatter), so no extra package.
 */
import { parseFrontmatter } from "@astrojs/markdown-remark";
import { readFileSync } from "node:fs";
import type { z } from "astro/zod";
import { glossarySchema, withIds, type GlossaryTerm } from "./glossary-schema.ts";

export class ContentError extends Error {
  override name = "ContentError";
}

/** One problem per line: `file: field.path: message`. */
export function formatIssues(file: string, issues: readonly z.core.$ZodIssue[], describe = (path: PropertyKey[]) => path.join(".")): string {
  return issues.map((issue) => `${file}: ${describe(issue.path as PropertyKey[]) || "(top level)"}: ${issue.message}`).join("\n");
}

/** Validates parsed data against a schema, or throws a ContentError naming the file and each field. */
export function validate<S extends z.ZodType>(file: string, raw: unknown, schema: S, describe?: (path: PropertyKey[]) => string): z.output<S> {
  const result = schema.safeParse(raw);
  if (!result.success) throw new ContentError(formatIssues(file, result.error.issues, describe));
  return result.data;
}

function parseYaml(text: string, file: string): unknown {
  try {
    // parseFrontmatter reads the YAML between "---" lines; the added first line makes its 0-based line numbers 1-based.
    return parseFrontmatter(`---\n${text}\n---\n`).frontmatter;
  } catch (error) {
    const { mark, reason } = error as { mark?: { line: number; column: number }; reason?: string };
    throw new ContentError(`${file}${mark ? `:${mark.line}:${mark.column + 1}` : ""}: not valid YAML: ${reason ?? (error as Error).message}`);
  }
}

/** The frontmatter of an MDX file, validated. */
export function readFrontmatter<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  const text = readFileSync(file, "utf8");
  try {
    return validate(file, parseFrontmatter(text).frontmatter, schema);
  } catch (error) {
    if (error instanceof ContentError) throw error;
    throw new ContentError(`${file}: frontmatter is not valid YAML: ${(error as Error).message}`);
  }
}

/** content/glossary.yaml, validated as a whole (no term or alias twice), each term with its id. */
export function readGlossary(file: string): GlossaryTerm[] {
  const raw = parseYaml(readFileSync(file, "utf8"), file);
  const terms = validate(file, raw, glossarySchema, (path) => describeGlossaryPath(raw, path));
  return withIds(terms);
}

/** [3, "definition"] → `entry 4 ("ADC") › definition`. */
function describeGlossaryPath(raw: unknown, path: PropertyKey[]): string {
  const [index, ...rest] = path;
  if (typeof index !== "number") return path.join(".");
  const term = (Array.isArray(raw) ? (raw[index] as { term?: unknown })?.term : undefined) ?? "";
  return [`entry ${index + 1}${term ? ` ("${String(term)}")` : ""}`, ...rest.map(String)].join(" › ");
}
