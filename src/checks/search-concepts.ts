/**
 * Rule: content/search-concepts.yaml fits its schema (src/search/concepts.ts) and names no concept
 * with another page's name (src/search/site-vocabulary.ts): the reader and rules the build uses.
 */
import { parseSearchConcepts } from "../search/concepts.ts";
import { conceptProblems } from "../search/site-vocabulary.ts";
import type { PreparedContent } from "./content.ts";
import { catalogOf } from "./entity-names.ts";
import type { Problem } from "./problem.ts";

export function checkSearchConcepts(content: PreparedContent): Problem[] {
  const file = content.tree.searchConcepts;
  if (!file) return [];
  const { concepts, problems } = parseSearchConcepts(file.text, file.path);
  // Without a catalog (its problems are the entity-names rule's) there is nothing to compare with.
  const { catalog } = catalogOf(content);
  return concepts && catalog ? [...problems, ...conceptProblems(catalog, concepts, { path: file.path, text: file.text })] : problems;
}
