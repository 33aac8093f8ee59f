import { describe, expect, it } from "vitest";
import { checkCitationPlacement } from "../../../src/checks/citation-placement.ts";
import { cleanTree, edit, run } from "./helpers.ts";

const CHAPTER = "content/chapters/01-introduction.mdx";

describe("citation-placement", () => {
  it.each([
    ["## Signalling", "## Signalling [@beta2002]", "21:15", "a heading"],
    ["It pairs with other receptors", "It pairs *with other receptors [@alpha2001]*", "18:32", "emphasis (*…*)"],
    ["It pairs with other receptors", "It pairs **with other receptors [@alpha2001]**", "18:33", "bold text (**…**)"],
    ["[the section below](#signalling)", "[the section below [@alpha2001]](#signalling)", "19:24", "a link"],
  ])("names a citation inside %s → %s", (from, to, place, where) => {
    const tree = edit(cleanTree(), CHAPTER, (t) => t.replace(from, to));
    const citation = /\[@\w+\]/.exec(to)![0];
    expect(run(checkCitationPlacement, tree)).toEqual([
      `${CHAPTER}:${place}  citation ${citation} is inside ${where}, where it would not be rendered  (move it into the sentence next to it)  [citation-placement]`,
    ]);
  });
});
