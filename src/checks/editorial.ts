/** Rule: the editorial policy (src/editorial/editorial-rules.ts), the same rules the build runs. */
import { scanEditorial, yamlSourceProblems } from "../editorial/editorial-rules.ts";
import { parseEditorialSources } from "../editorial/read-sources.ts";
import type { PreparedContent } from "./content.ts";
import type { Problem } from "./problem.ts";

export function checkEditorial(content: PreparedContent): Problem[] {
  const sources = parseEditorialSources(content.tree.editorialSources);
  // Without sources that parse, every id would look unknown: its own problems are reported instead.
  if (sources.problems.length > 0) return sources.problems;
  const known = new Set(sources.byId.keys());
  const glossary = content.tree.glossary;
  const glossaryProblems = glossary ? yamlSourceProblems(glossary.path, glossary.text, known) : [];
  const pageProblems = content.pages.flatMap((page) =>
    page.tree
      ? scanEditorial(
          { file: page.file, tree: page.tree, ...(page.yaml.trim() ? { frontmatter: { yaml: page.yaml, firstLine: page.yamlFirstLine } } : {}) },
          known,
        ).problems
      : [],
  );
  return [...glossaryProblems, ...pageProblems];
}
