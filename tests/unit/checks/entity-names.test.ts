import { describe, expect, it } from "vitest";
import { checkEntityNames } from "../../../src/checks/entity-names.ts";
import { cleanTree, edit, run } from "./helpers.ts";

describe("entity-names", () => {
  it("names an alias that belongs to two pages, in the file that repeats it", () => {
    const tree = edit(cleanTree(), "content/pathways/mapk.mdx", (t) => t.replace("aliases: [MAPK]", "aliases: [MAPK, Herceptin]"));
    expect(run(checkEntityNames, tree)).toEqual([
      `content/pathways/mapk.mdx:3:17  the name "Herceptin" is also a name of drug "trastuzumab" (content/drugs/trastuzumab.mdx)  (a name may point to one page only; names are compared ignoring case, spaces and punctuation)  [entity-names]`,
    ]);
  });

  it("names a pathway's drug that has no page", () => {
    const tree = edit(cleanTree(), "content/pathways/mapk.mdx", (t) => t.replace("drugs: [trastuzumab]", "drugs: [trastuzumab, lapatinib]"));
    expect(run(checkEntityNames, tree)).toEqual([
      `content/pathways/mapk.mdx:8:22  drugs: "lapatinib" is not a drug page (known: trastuzumab)  (add that drug page (npm run new -- drug <slug>), or remove the slug)  [entity-names]`,
    ]);
  });

  it("names a glossary seeAlso that is not a page, at the entry's seeAlso", () => {
    const tree = edit(cleanTree(), "content/glossary.yaml", (t) => t.replace("seeAlso: mapk", "seeAlso: mapkk"));
    expect(run(checkEntityNames, tree)).toEqual([
      `content/glossary.yaml:8:12  "Dimer" › seeAlso: "mapkk" is not a drug or pathway page  (name an existing drug or pathway page: its file name without .mdx)  [entity-names]`,
    ]);
  });

  it("does not report links to a page whose frontmatter is invalid (the frontmatter rule does)", () => {
    const tree = edit(cleanTree(), "content/pathways/mapk.mdx", (t) => t.replace("steps:\n  - Ras activates Raf.\n", ""));
    expect(run(checkEntityNames, tree)).toEqual([]);
  });
});
