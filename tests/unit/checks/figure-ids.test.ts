import { describe, expect, it } from "vitest";
import { checkFigureIds } from "../../../src/checks/figure-ids.ts";
import { cleanTree, edit, run } from "./helpers.ts";

const CHAPTER = "content/chapters/02-therapeutics.mdx";

describe("figure-ids", () => {
  it("names a <Figure> whose id is not in figures.yaml", () => {
    const tree = edit(cleanTree(), CHAPTER, (t) => t.replace('<Figure id="alterations">', '<Figure id="alteration">'));
    expect(run(checkFigureIds, tree)).toEqual([
      `${CHAPTER}:16:1  <Figure id="alteration">: there is no figure "alteration" in content/figures.yaml  (did you mean "alterations"?)  [figure-ids]`,
    ]);
  });
});
