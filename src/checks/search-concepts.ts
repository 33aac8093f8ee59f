/** Rule: content/search-concepts.yaml fits its schema (src/search/concepts.ts, the reader the build uses). */
import { parseSearchConcepts } from "../search/concepts.ts";
import type { PreparedContent } from "./content.ts";
import type { Problem } from "./problem.ts";

export function checkSearchConcepts(content: PreparedContent): Problem[] {
  const file = content.tree.searchConcepts;
  return file ? parseSearchConcepts(file.text, file.path).problems : [];
}
