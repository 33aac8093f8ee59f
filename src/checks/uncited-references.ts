/**
 * Rule (warning): a reference that no page cites. References are cited in chapters and on drug
 * and pathway pages; an entry declared as a repeat of another (same-as) counts as cited when
 * either of the two is.
 */
import type { PreparedContent } from "./content.ts";
import type { Problem } from "./problem.ts";

export function checkUncitedReferences(content: PreparedContent): Problem[] {
  const { bibliography, tree } = content;
  const cited = new Set(content.pages.flatMap((page) => page.index.citations.flatMap((c) => c.keys)));
  const lines = tree.bibliography.text.split("\n");
  return bibliography.references
    .filter(
      (ref) =>
        !cited.has(ref.key) &&
        !(ref.sameAs && cited.has(ref.sameAs)) &&
        !bibliography.references.some((other) => other.sameAs === ref.key && cited.has(other.key)),
    )
    .map((ref): Problem => ({
      file: bibliography.file,
      line: ref.line,
      column: (lines[ref.line - 1] ?? "").indexOf(ref.key) + 1 || 1,
      rule: "uncited-references",
      severity: "warning",
      message: `reference "${ref.key}" (no. ${ref.number}) is not cited on any page`,
      fix: `cite it as [@${ref.key}] where the text relies on it, or leave it: the References page still lists it`,
    }));
}
