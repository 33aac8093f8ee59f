import { describe, expect, it } from "vitest";
import type { Reference } from "../../../src/citations/bibliography.ts";
import { evidenceLabel } from "../../../src/citations/evidence.ts";
import { fullPageRange, toBibtex, toRis } from "../../../src/citations/export-formats.ts";
import { parseBibtex, plainField } from "../../../src/citations/bibtex.ts";

const ref: Reference = {
  key: "ma2022",
  number: 10,
  type: "article",
  authors: ["Ma, C.X.", "others"],
  title: "The Phase II MutHER Study of Neratinib",
  journal: "Clin Cancer Res",
  year: "2022",
  volume: "28",
  issue: "7",
  pages: "1258-1267",
  doi: "10.1/x",
  evidence: "clinical-trial",
  evidencePhase: "II",
  line: 1,
  column: 10,
};

describe("toBibtex", () => {
  it("writes entries that read back with the same fields", () => {
    const [entry] = parseBibtex(toBibtex([ref]));
    expect(entry!.key).toBe("ma2022");
    expect(plainField(entry!, "title")).toBe(ref.title);
    expect(entry!.fields.title!.value).toBe("{The Phase II MutHER Study of Neratinib}");
    expect(plainField(entry!, "author")).toBe("Ma, C.X. and others");
    // BibTeX writes a range with an en dash, "--".
    expect(plainField(entry!, "pages")).toBe("1258--1267");
  });

  it("writes abbreviated end pages out in full, and keeps article numbers as they are", () => {
    expect(fullPageRange("5878-87")).toEqual({ first: "5878", last: "5887" });
    expect(fullPageRange("224-37")).toEqual({ first: "224", last: "237" });
    expect(fullPageRange("893-905.e8")).toEqual({ first: "893", last: "905.e8" });
    expect(fullPageRange("852748")).toEqual({ first: "852748" });
    const ris = toRis([{ ...ref, pages: "5878-87", pmid: "123", pmcid: "PMC9" }]);
    expect(ris).toContain("SP  - 5878\r\nEP  - 5887");
    expect(ris).toContain("AN  - 123\r\nN1  - PMCID: PMC9");
    expect(toBibtex([{ ...ref, pages: "5878-87", pmid: "123" }])).toContain("pages = {5878--5887},\n  doi = {10.1/x},\n  pmid = {123},");
  });
});

describe("toRis", () => {
  it("writes one RIS record per reference with CRLF line ends", () => {
    const ris = toRis([ref, { ...ref, key: "b" }]);
    expect(ris.split("\r\n").filter((l) => l.startsWith("TY  - "))).toHaveLength(2);
    expect(ris).toContain("AU  - Ma, C.X.\r\n");
    expect(ris).not.toContain("others");
    expect(ris).toContain("SP  - 1258\r\nEP  - 1267");
    expect(ris).toContain("ER  -");
  });
});

describe("evidenceLabel", () => {
  it("names the type and the phase when known", () => {
    expect(evidenceLabel(ref)).toBe("Clinical trial, phase II");
    expect(evidenceLabel({ evidence: "not-classified" })).toBe("Not classified");
  });
});
