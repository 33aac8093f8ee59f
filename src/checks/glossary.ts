/**
 * Rule: content/glossary.yaml is valid YAML and passes the glossary schema, which also stops a term
 * or alias being defined twice (src/entities/glossary-schema.ts). Each problem points at the entry.
 * The build's glossary reader (src/entities/read-content.ts) reports with glossaryProblems too.
 */
import { glossarySchema, glossaryTermSchema } from "../entities/glossary-schema.ts";
import type { PreparedContent } from "./content.ts";
import { schemaFields } from "./page-schemas.ts";
import type { Problem } from "./problem.ts";
import { fieldName, schemaProblems } from "./schema-issues.ts";

export function checkGlossary(content: PreparedContent): Problem[] {
  const { glossary } = content;
  if (!glossary) return [];
  return glossary.yamlError ? [glossary.yamlError] : glossaryProblems(glossary.file, glossary.yaml, glossary.data);
}

/** The glossary's parsed YAML against its schema: one problem per fault, at the entry's line. */
export function glossaryProblems(file: string, yaml: string, data: unknown): Problem[] {
  const result = glossarySchema.safeParse(data);
  if (result.success) return [];
  const entries = Array.isArray(data) ? data : [];
  return schemaProblems({ file, yaml, firstLine: 1, what: "glossary", rule: "glossary" }, result.error.issues, {
    knownFields: schemaFields(glossaryTermSchema),
    // [3, "definition"] → `entry 4 ("ADC") › definition`.
    describe: (path) => {
      const [index, ...rest] = path;
      if (typeof index !== "number") return fieldName(path);
      const term = (entries[index] as { term?: unknown } | undefined)?.term;
      return [`entry ${index + 1}${typeof term === "string" ? ` ("${term}")` : ""}`, ...(rest.length ? [fieldName(rest)] : [])].join(" › ");
    },
  });
}
