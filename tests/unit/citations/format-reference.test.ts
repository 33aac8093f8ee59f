import { describe, expect, it } from "vitest";
import type { Reference } from "../../../src/citations/bibliography.ts";
import { formatReference, referenceLink, vancouverName } from "../../../src/citations/format-reference.ts";

const ref: Reference = {
  key: "bose2013",
  number: 2,
  type: "article",
  authors: ["Bose, R.", "others"],
  title: "Activating HER2 mutations in HER2 gene amplification negative breast cancer",
  journal: "Cancer Discov",
  year: "2013",
  volume: "3",
  issue: "2",
  pages: "224-37",
  evidence: "cohort",
  line: 1,
  column: 10,
};

describe("formatReference", () => {
  it("formats names and sources the Vancouver way", () => {
    expect(vancouverName("Rimawi, M.F.")).toBe("Rimawi MF");
    expect(vancouverName("von Minckwitz, G.")).toBe("von Minckwitz G");
    expect(formatReference(ref)).toEqual({
      authors: "Bose R, et al.",
      title: "Activating HER2 mutations in HER2 gene amplification negative breast cancer.",
      source: "Cancer Discov. 2013;3(2):224–237.",
    });
  });
  it("formats a preprint by its publisher", () => {
    const preprint = {
      ...ref,
      type: "misc",
      journal: undefined,
      volume: undefined,
      issue: undefined,
      pages: undefined,
      publisher: "Cold Spring Harbor Laboratory",
      year: "2023",
    };
    expect(formatReference(preprint).source).toBe("Cold Spring Harbor Laboratory; 2023.");
  });
});

describe("referenceLink", () => {
  it("prefers a checked DOI, then a PMID, then a PubMed title search", () => {
    expect(referenceLink({ ...ref, doi: "10.1/x", pmid: "1" }).href).toBe("https://doi.org/10.1/x");
    expect(referenceLink({ ...ref, pmid: "23220880" }).href).toBe("https://pubmed.ncbi.nlm.nih.gov/23220880/");
    const search = referenceLink(ref);
    expect(search.kind).toBe("pubmed-search");
    expect(decodeURIComponent(search.href)).toContain(`"${ref.title}"[Title]`);
  });

  it("links a preprint PubMed does not index to the page it was read on", () => {
    expect(referenceLink({ ...ref, url: "https://elifesciences.org/reviewed-preprints/92873v1" })).toEqual({
      href: "https://elifesciences.org/reviewed-preprints/92873v1",
      label: "Read the preprint",
      kind: "preprint",
    });
  });
});
