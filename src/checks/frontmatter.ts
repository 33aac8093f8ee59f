/** Rule: every page's frontmatter is valid YAML and passes its collection's schema. */
import type { PreparedContent } from "./content.ts";
import { PAGE_SCHEMAS } from "./page-schemas.ts";
import type { Problem } from "./problem.ts";
import { frontmatterProblems } from "./schema-issues.ts";

export function checkFrontmatter(content: PreparedContent): Problem[] {
  return content.pages.flatMap((page) => {
    if (page.yamlError) return [page.yamlError];
    if (!page.validation || page.validation.success) return [];
    return frontmatterProblems(page.file, page.yaml, PAGE_SCHEMAS[page.kind], page.validation.error.issues);
  });
}
