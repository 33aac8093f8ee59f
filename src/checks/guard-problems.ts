/** The build's citation guard (src/citations/citation-guard.ts) run over every page, as problems. */
import { citationProblem, findCitationProblems, type CitationProblem } from "../citations/citation-guard.ts";
import type { PreparedContent } from "./content.ts";
import type { Problem } from "./problem.ts";

export function guardProblems(content: PreparedContent, kind: CitationProblem["kind"]): Problem[] {
  const { bibliography } = content;
  // Without a bibliography that parses, every key would look unknown: its syntax error is reported instead.
  if (bibliography.syntaxError) return [];
  const keys = new Set(bibliography.entries.map((e) => e.key));
  return content.pages.flatMap((page) =>
    page.tree
      ? findCitationProblems({ tree: page.tree, keys, bibliographyFile: bibliography.file, source: page.body })
          .filter((p) => p.kind === kind)
          .map((p) => citationProblem(page.file, p))
      : [],
  );
}
