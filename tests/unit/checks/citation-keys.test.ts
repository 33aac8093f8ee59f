import { describe, expect, it } from "vitest";
import { checkCitationKeys } from "../../../src/checks/citation-keys.ts";
import { cleanTree, edit, run } from "./helpers.ts";

const CHAPTER = "content/chapters/01-introduction.mdx";

describe("citation-keys", () => {
  it("names an unknown key at its citation and suggests the key it was probably meant to be", () => {
    const tree = edit(cleanTree(), CHAPTER, (t) => t.replace("[@alpha2001]", "[@alpha2010]"));
    expect(run(checkCitationKeys, tree)).toEqual([
      `${CHAPTER}:14:20  unknown citation key "@alpha2010": it is not in content/references.bib  (did you mean "@alpha2001"? Otherwise add the reference to the bibliography)  [citation-keys]`,
    ]);
  });

  it("reports every unknown key, in every cluster and on entity pages too", () => {
    let tree = edit(cleanTree(), CHAPTER, (t) => t.replace("[@beta2002]", "[@beta2002; @nobody1999]"));
    tree = edit(tree, "content/drugs/trastuzumab.mdx", (t) => t.replace("[@gamma2003]", "[@zeta2020]"));
    expect(run(checkCitationKeys, tree)).toEqual([
      `${CHAPTER}:18:31  unknown citation key "@nobody1999": it is not in content/references.bib  (check the spelling, or add the reference to the bibliography)  [citation-keys]`,
      `content/drugs/trastuzumab.mdx:32:24  unknown citation key "@zeta2020": it is not in content/references.bib  (did you mean "@beta2002"? Otherwise add the reference to the bibliography)  [citation-keys]`,
    ]);
  });

  it("gives the column of the citation as written, after escaped characters", () => {
    const tree = edit(cleanTree(), CHAPTER, (t) => t.replace("HER2 is a receptor [@alpha2001]", "HER2 \\<is\\> a receptor [@alpha2010]"));
    expect(run(checkCitationKeys, tree)[0]).toMatch(new RegExp(`^${CHAPTER}:14:24  unknown citation key "@alpha2010"`));
  });
});
