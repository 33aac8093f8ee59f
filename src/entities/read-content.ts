/**
 * Reads entity content from disk and validates it, for code that runs outside Astro's content
 * layer (the remark plugin, Figure 3) and for the glossary's loader. The rules and the words are the
 * checker's: a fault throws a ProblemsError whose problems `npm run check` prints the same way.
 */
import { parseFrontmatter } from "@astrojs/markdown-remark";
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { z } from "astro/zod";
import { glossaryProblems } from "../checks/glossary.ts";
import { ProblemsError } from "../checks/problem.ts";
import { frontmatterProblems, frontmatterYamlProblem } from "../checks/schema-issues.ts";
import { readYaml } from "../content/yaml-places.ts";
import { sortedGlob } from "../files/sorted-glob.ts";
import type { Sourced } from "./catalog.ts";
import { glossarySchema, withIds, type GlossaryTerm } from "./glossary-schema.ts";

/** The .mdx pages of a folder, sorted by name, as paths under it (none when there is no folder). */
export function pageFiles(dir: string): string[] {
  return sortedGlob("*.mdx", dir).map((name) => join(dir, name));
}

/** Each page with its slug (the file's name), its text and its frontmatter validated against `schema`. */
export function readPages<S extends z.ZodType>(files: readonly string[], schema: S): Sourced<z.output<S>>[] {
  return files.map((file) => ({ id: basename(file, ".mdx"), file, text: readFileSync(file, "utf8"), data: readFrontmatter(file, schema) }));
}

/** The frontmatter of an MDX file, validated. */
export function readFrontmatter<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  let parsed: { frontmatter: Record<string, unknown>; rawFrontmatter: string };
  try {
    parsed = parseFrontmatter(readFileSync(file, "utf8"));
  } catch (error) {
    throw new ProblemsError([frontmatterYamlProblem(file, error)]);
  }
  const result = schema.safeParse(parsed.frontmatter);
  if (!result.success) throw new ProblemsError(frontmatterProblems(file, parsed.rawFrontmatter, schema, result.error.issues));
  return result.data;
}

/** content/glossary.yaml, validated as a whole (no term or alias twice), each term with its id. */
export function readGlossary(file: string): GlossaryTerm[] {
  const text = readFileSync(file, "utf8");
  const { data, yamlError } = readYaml(file, text, "glossary");
  if (yamlError) throw new ProblemsError([yamlError]);
  const problems = glossaryProblems(file, text, data);
  if (problems.length > 0) throw new ProblemsError(problems);
  return withIds(glossarySchema.parse(data));
}
