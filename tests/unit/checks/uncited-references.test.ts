import { describe, expect, it } from "vitest";
import { checkUncitedReferences } from "../../../src/checks/uncited-references.ts";
import { cleanTree, edit, run } from "./helpers.ts";

describe("uncited-references", () => {
  it("counts citations on entity pages: gamma2003 is cited only on a drug page", () => {
    expect(run(checkUncitedReferences, cleanTree())).toEqual([]);
  });

  it("warns about a reference no page cites", () => {
    const tree = edit(cleanTree(), "content/drugs/trastuzumab.mdx", (t) => t.replace(" [@gamma2003]", ""));
    expect(run(checkUncitedReferences, tree)).toEqual([
      `content/references.bib:21:10  reference "gamma2003" (no. 3) is not cited on any page  (cite it as [@gamma2003] where the text relies on it, or leave it: the References page still lists it)  [uncited-references]`,
    ]);
  });

  it("counts a declared repeat (same-as) as cited when the entry it repeats is", () => {
    const tree = edit(
      cleanTree(),
      "content/references.bib",
      (t) =>
        `${t}\n@article{alpha2001b,\n  review-number = {4},\n  evidence = {review},\n  author = {Alpha, A.},\n  title = {First work on HER2},\n  journal = {J Test},\n  year = {2001},\n  same-as = {alpha2001},\n}\n`,
    );
    expect(run(checkUncitedReferences, tree)).toEqual([]);
  });
});
