import { describe, expect, it } from "vitest";
import { byApproval, drugSchema, type DrugData } from "../../../src/entities/drug-schema.ts";
import { glossarySchema, withIds } from "../../../src/entities/glossary-schema.ts";
import { pathwaySchema } from "../../../src/entities/pathway-schema.ts";

const antibody = {
  name: "Trastuzumab",
  brandNames: ["Herceptin"],
  drugClass: "monoclonal-antibody",
  targets: ["HER2"],
  bindingSite: "HER2 extracellular domain",
  mechanism: "Blocks HER2 pairing and signalling.",
  firstFdaApproval: 1998,
  settings: ["HER2-positive breast cancer"],
  summary: "A summary long enough for the schema to accept it as a paragraph.",
  lastReviewed: "2026-11-29",
  changes: [{ date: "2026-11-29", note: "First published, from the review." }],
  labelSource: "fda-label-herceptin",
  indications: [{ use: "HER2-positive breast cancer", source: "fda-label-herceptin" }],
  boxedWarnings: [{ warning: "Cardiomyopathy", source: "fda-label-herceptin" }],
  keyRisks: [{ risk: "Heart failure", source: "fda-label-herceptin" }],
};

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];

describe("drugSchema", () => {
  it("accepts a complete drug and fills in the optional lists", () => {
    const drug = drugSchema.parse(antibody);
    expect(drug.abbreviations).toEqual([]);
    expect(drug.lastReviewed).toBeInstanceOf(Date);
  });

  it("names a missing field", () => {
    const { drugClass: _, ...rest } = antibody;
    expect(issues(drugSchema.safeParse(rest))).toEqual([expect.stringMatching(/^drugClass: /)]);
  });

  it("rejects an unknown field (strict)", () => {
    expect(issues(drugSchema.safeParse({ ...antibody, brandname: "Herceptin" }))).toEqual([expect.stringContaining("brandname")]);
  });

  it("requires a payload for an ADC and reversibility for a TKI, naming the field", () => {
    expect(issues(drugSchema.safeParse({ ...antibody, drugClass: "antibody-drug-conjugate" }))).toEqual([
      "payload: an antibody–drug conjugate needs a payload",
      "construction: an antibody–drug conjugate needs its construction (linker, drug-to-antibody ratio, source)",
    ]);
    expect(issues(drugSchema.safeParse({ ...antibody, drugClass: "tyrosine-kinase-inhibitor" }))).toEqual([
      "reversibility: a tyrosine kinase inhibitor needs reversibility (binding and source)",
    ]);
  });

  it("rejects class-specific fields on other classes", () => {
    expect(issues(drugSchema.safeParse({ ...antibody, payload: "DM1" }))).toEqual(["payload: only an antibody–drug conjugate has a payload"]);
    expect(issues(drugSchema.safeParse({ ...antibody, reversibility: { binding: "reversible", source: "public-data" } }))).toEqual([
      "reversibility: only a tyrosine kinase inhibitor has reversibility",
    ]);
  });

  it("wants the mechanism in one sentence", () => {
    expect(issues(drugSchema.safeParse({ ...antibody, mechanism: "Binds HER2. Then blocks it." }))).toEqual(["mechanism: write one sentence"]);
  });

  it("orders drugs by approval year, then name", () => {
    const drug = (name: string, firstFdaApproval: number) => ({ name, firstFdaApproval }) as DrugData;
    expect([drug("Tucatinib", 2020), drug("Trastuzumab", 1998), drug("Margetuximab", 2020)].sort(byApproval).map((d) => d.name)).toEqual([
      "Trastuzumab",
      "Margetuximab",
      "Tucatinib",
    ]);
  });
});

describe("pathwaySchema", () => {
  it("rejects a figure node id that is not an id", () => {
    const result = pathwaySchema.safeParse({
      name: "JAK/STAT",
      steps: ["x"],
      drives: ["y"],
      figureNodes: ["JAK"],
      summary: "s".repeat(50),
      lastReviewed: "2026-11-29",
      changes: [{ date: "2026-11-29", note: "First published, from the review." }],
    });
    expect(issues(result)).toEqual([expect.stringMatching(/^figureNodes\.0: /)]);
  });
});

describe("glossarySchema", () => {
  const term = (term: string, extra = {}) => ({ term, definition: "A definition.", ...extra });

  it("reports a term defined twice, naming both places", () => {
    const result = glossarySchema.safeParse([term("TIL", { aliases: ["TILs"] }), term("ADC"), term("TILs")]);
    expect(issues(result)).toEqual(['2.term: the term "TILs" is defined twice: also as "TILs" (under "TIL") (entry 1); keep one']);
  });

  it("treats Greek and Latin spellings and case as the same name", () => {
    const result = glossarySchema.safeParse([term("NF-κB"), term("ADC", { aliases: ["nf-kappab"] })]);
    expect(issues(result)).toEqual(['1.term: "nf-kappab" (under "ADC") is defined twice: also as the term "NF-κB" (entry 1); keep one']);
  });

  it("gives each term an anchor id", () => {
    expect(withIds(glossarySchema.parse([term("PD-L1"), term("HIF-1α"), term("NK cell")])).map((t) => t.id)).toEqual(["pd-l1", "hif-1alpha", "nk-cell"]);
  });
});
