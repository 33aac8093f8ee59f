/** Rule: no citation inside a heading, emphasis, bold or struck-through text or a link (it would not render). */
import type { PreparedContent } from "./content.ts";
import { guardProblems } from "./guard-problems.ts";
import type { Problem } from "./problem.ts";

export function checkCitationPlacement(content: PreparedContent): Problem[] {
  return guardProblems(content, "placement");
}
