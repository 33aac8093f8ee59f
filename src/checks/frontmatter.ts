/** Rule: every page's frontmatter is valid YAML and passes its collection's schema. */
import type { PreparedContent } from "./content.ts";
import { PAGE_SCHEMAS, schemaFields } from "./page-schemas.ts";
import type { Problem } from "./problem.ts";
import { schemaProblems } from "./schema-issues.ts";

export function checkFrontmatter(content: PreparedContent): Problem[] {
  return content.pages.flatMap((page) => {
    if (page.yamlError) return [page.yamlError];
    if (!page.validation || page.validation.success) return [];
    return schemaProblems({ file: page.file, yaml: page.yaml, firstLine: 1, what: "frontmatter field" }, page.validation.error.issues, {
      knownFields: schemaFields(PAGE_SCHEMAS[page.kind]),
    });
  });
}
