import { describe, expect, it } from "vitest";
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
