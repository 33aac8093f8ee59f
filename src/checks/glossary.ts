/**
 * Rule: content/glossary.yaml is valid YAML and passes the glossary schema, which also stops a term
 * or alias being defined twice (src/entities/glossary-schema.ts). Each problem points at the entry.
 */
import { glossarySchema, glossaryTermSchema } from "../entities/glossary-schema.ts";
import type { PreparedContent } from "./content.ts";
import { schemaFields } from "./page-schemas.ts";
import type { Problem } from "./problem.ts";
import { fieldName, schemaProblems } from "./schema-issues.ts";

export function checkGlossary(content: PreparedContent): Problem[] {
  const { glossary } = content;
  if (!glossary) return [];
  if (glossary.yamlError) return [glossary.yamlError];
  const result = glossarySchema.safeParse(glossary.data);
  if (result.success) return [];
  const entries = Array.isArray(glossary.data) ? glossary.data : [];
  return schemaProblems({ file: glossary.file, yaml: glossary.yaml, firstLine: 1, what: "glossary" }, result.error.issues, {
    knownFields: schemaFields(glossaryTermSchema),
    // [3, "definition"] → `entry 4 ("ADC") › definition`, as the build's message says it.
    describe: (path) => {
      const [index, ...rest] = path;
      if (typeof index !== "number") return fieldName(path);
      const term = (entries[index] as { term?: unknown } | undefined)?.term;
      return [`entry ${index + 1}${typeof term === "string" ? ` ("${term}")` : ""}`, ...(rest.length ? [fieldName(rest)] : [])].join(" › ");
    },
  });
}
