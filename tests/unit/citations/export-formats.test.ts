import { describe, expect, it } from "vitest";
import type { Reference } from "../../../src/citations/bibliography.ts";
import { evidenceLabel } from "../../../src/citations/evidence.ts";
import { toBibtex, toRis } from "../../../src/citations/export-formats.ts";
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
};

describe("toBibtex", () => {
  it("writes entries that read back with the same fields", () => {
    const [entry] = parseBibtex(toBibtex([ref]));
    expect(entry!.key).toBe("ma2022");
    expect(plainField(entry!, "title")).toBe(ref.title);
    expect(entry!.fields.title!.value).toBe("{The Phase II MutHER Study of Neratinib}");
    expect(plainField(entry!, "author")).toBe("Ma, C.X. and others");
    expect(plainField(entry!, "pages")).toBe("1258-1267");
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
