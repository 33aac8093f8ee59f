/**
 * Rule: the bibliography parses and passes the build's validation (src/citations/bibliography.ts,
 * validateEntries): required fields, no TeX, known evidence types, unique keys and review numbers,
 * and no work entered twice unless declared with same-as. Its problems are the build's, as they are.
 */
import type { PreparedContent } from "./content.ts";
import type { Problem } from "./problem.ts";

export function checkBibliography(content: PreparedContent): Problem[] {
  const { bibliography } = content;
  return bibliography.syntaxError ? [bibliography.syntaxError] : bibliography.problems;
}
