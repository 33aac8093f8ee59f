/** Rule: every cited key is in the bibliography (rehype-citation would print an unknown one as text). */
import type { PreparedContent } from "./content.ts";
import { guardProblems } from "./guard-problems.ts";
import type { Problem } from "./problem.ts";

export function checkCitationKeys(content: PreparedContent): Problem[] {
  return guardProblems(content, "unknown-key");
}
