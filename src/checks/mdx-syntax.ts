/** Rule: every page parses as MDX (an unclosed tag or a stray "<" or "{" stops the build). */
import type { PreparedContent } from "./content.ts";
import type { Problem } from "./problem.ts";

export function checkMdxSyntax(content: PreparedContent): Problem[] {
  return content.pages.flatMap((page) => (page.syntaxError ? [page.syntaxError] : []));
}
