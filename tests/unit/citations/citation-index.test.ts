import { describe, expect, it } from "vitest";
import { indexCitations } from "../../../src/citations/citation-index.ts";
import { indexSource } from "../../../src/source-index/source-index.ts";

describe("indexCitations", () => {
  it("groups citations of a key by page section, keeping each citation id", () => {
    const one = indexSource("Lead [@x].\n\n## S1\nA [@x; @y]. B [@x].\n\n## S2\nC [@y].");
    const two = indexSource("## T\nD [@x].");
    const byKey = indexCitations([
      { slug: "one", title: "One", citations: one.citations },
      { slug: "two", title: "Two", citations: two.citations },
    ]);
    expect(byKey.get("x")).toEqual([
      { slug: "one", pageTitle: "One", sectionId: undefined, sectionTitle: undefined, citationIds: ["cite-1"] },
      { slug: "one", pageTitle: "One", sectionId: "s1", sectionTitle: "S1", citationIds: ["cite-2", "cite-3"] },
      { slug: "two", pageTitle: "Two", sectionId: "t", sectionTitle: "T", citationIds: ["cite-1"] },
    ]);
    expect(byKey.get("y")!.map((s) => s.sectionId)).toEqual(["s1", "s2"]);
  });
});

describe("referencesCitedIn", () => {
  it("lists each work once, in order of first citation, duplicates resolved", async () => {
    const { parseBibliography } = await import("../../../src/citations/bibliography.ts");
    const { readFileSync } = await import("node:fs");
    const { referencesCitedIn } = await import("../../../src/citations/citation-index.ts");
    const bib = parseBibliography(readFileSync("tests/fixtures/mini.bib", "utf8"), "mini.bib");
    const { citations } = indexSource("A [@gamma2003]. B [@beta2002dup; @alpha2001]. C [@beta2002; @gamma2003].");
    expect(referencesCitedIn(citations, bib).map((r) => r.key)).toEqual(["gamma2003", "beta2002", "alpha2001"]);
  });
});
