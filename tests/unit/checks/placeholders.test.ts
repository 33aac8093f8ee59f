import { describe, expect, it } from "vitest";
import { checkPlaceholders } from "../../../src/checks/placeholders.ts";
import { cleanTree, edit, run } from "./helpers.ts";

const DRUG = "content/drugs/trastuzumab.mdx";

describe("placeholders", () => {
  it("warns about TODO left in frontmatter and text, not in MDX comments", () => {
    const tree = edit(
      cleanTree(),
      DRUG,
      (t) =>
        t.replace("bindingSite: Domain IV of the extracellular region of HER2", 'bindingSite: "TODO: where it binds"') +
        "\n{/* Replace every TODO. */}\n\nTODO: the text.\n",
    );
    expect(run(checkPlaceholders, tree)).toEqual([
      `${DRUG}:6:15  placeholder left from the template: TODO: where it binds  (replace it with the real content)  [placeholders]`,
      `${DRUG}:42:1  placeholder left from the template: TODO: the text.  (replace it with the real content)  [placeholders]`,
    ]);
  });
});
