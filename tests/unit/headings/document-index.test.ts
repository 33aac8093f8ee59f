import { describe, expect, it } from "vitest";
import { indexDocument, plainInline } from "../../../src/headings/document-index.ts";
import { createSlugger, stripSectionNumber } from "../../../src/headings/slug.ts";

describe("slugs", () => {
  it("drop the section number and spell Greek letters", () => {
    const slug = createSlugger();
    expect(slug("2.1 Interaction with other EGFR-family members")).toBe("interaction-with-other-egfr-family-members");
    expect(slug("Wnt/β-catenin")).toBe("wntbeta-catenin");
    expect(slug("NF-κB")).toBe("nf-kappab");
    expect(slug("NF-κB")).toBe("nf-kappab-1");
  });
  it("keep numbers that are not section numbers", () => {
    expect(stripSectionNumber("17q12 amplification")).toBe("17q12 amplification");
    expect(stripSectionNumber("4. Therapeutics")).toBe("Therapeutics");
  });
});

describe("indexDocument", () => {
  const body = [
    "Lead [@a].", // line 1
    "",
    "## 2.1 First *section*",
    "Text [@b; @c].",
    "```",
    "## not a heading [@ignored]",
    "```",
    "### Sub [link](/x/)",
    "More [@a].",
  ].join("\n");
  const index = indexDocument(body, 10);

  it("lists headings with the renderer's ids", () => {
    expect(index.headings).toEqual([
      { depth: 2, text: "2.1 First section", id: "first-section" },
      { depth: 3, text: "Sub link", id: "sub-link" },
    ]);
  });

  it("numbers citations in reading order with their section and line", () => {
    expect(index.citations.map((c) => [c.id, c.keys, c.section?.id, c.line])).toEqual([
      ["cite-1", ["a"], undefined, 10],
      ["cite-2", ["b", "c"], "first-section", 13],
      ["cite-3", ["a"], "sub-link", 18],
    ]);
  });

  it("reduces inline markdown to its text", () => {
    expect(plainInline("A **b** [c](/d) `e`")).toBe("A b c e");
  });
});
