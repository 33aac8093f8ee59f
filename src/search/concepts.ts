/**
 * The curated part of search's concept table (content/search-concepts.yaml): index pages that a
 * collective question should land on, and spellings readers type that the pages write otherwise.
 * The rest of the table comes from the content itself (site-vocabulary.ts). Read by the vocabulary
 * endpoint (build, site-vocabulary.ts) and by `npm run check`, with the same file:line messages.
 */
import { z } from "astro/zod";
import { parseYamlFile, yamlSyntaxProblem } from "../content/yaml-places.ts";
import type { Problem } from "../checks/problem.ts";

const text = z.string().trim().min(1, "must not be empty");

export const searchConceptsSchema = z.strictObject({
  concepts: z.array(
    z.strictObject({
      name: text,
      /** A root-relative site path, with an optional #anchor. */
      url: z.string().regex(/^\/[^\s]*$/, "write a site path such as /drugs/ or /chapters/therapeutics/#anchor"),
      card: text.max(240),
      aliases: z.array(text).default([]),
    }),
  ),
  /** A word as a reader may type it → the form the pages use. */
  spellings: z.record(z.string().regex(/^[a-z]+$/, "write the word in lower case letters"), z.string().regex(/^[a-z]+$/)).default({}),
});

export type SearchConcepts = z.output<typeof searchConceptsSchema>;

export function parseSearchConcepts(source: string, file: string): { concepts?: SearchConcepts; problems: Problem[] } {
  const yaml = parseYamlFile(source);
  const { doc, placeOf } = yaml;
  const syntax = yamlSyntaxProblem(file, yaml, "search-concepts");
  if (syntax) return { problems: [syntax] };
  const result = searchConceptsSchema.safeParse(doc.toJS() ?? {});
  if (result.success) return { concepts: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue): Problem => ({
      file,
      // The field, or the deepest entry that exists when the field is missing.
      ...placeOf(issue.path as (string | number)[]),
      rule: "search-concepts",
      severity: "error",
      message: `${issue.path.join(".")}: ${issue.message}`,
      fix: "see the file's header for the form of each entry",
    })),
  };
}
