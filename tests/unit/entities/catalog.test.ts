import { describe, expect, it } from "vitest";
import { buildCatalog, entityOfFile, searchNames } from "../../../src/entities/catalog.ts";
import { drugSchema } from "../../../src/entities/drug-schema.ts";
import { loadEntityCatalog } from "../../../src/entities/load-catalog.ts";
import { pathwaySchema } from "../../../src/entities/pathway-schema.ts";
import { entityPath, pathwayUrl } from "../../../src/entities/paths.ts";

const FIXTURE = "tests/unit/entities/fixtures/content";

const drug = (id: string, names: Partial<{ name: string; brandNames: string[] }> = {}) => ({
  id,
  file: `content/drugs/${id}.mdx`,
  data: drugSchema.parse({
    name: id,
    brandNames: ["Brand"],
    drugClass: "monoclonal-antibody",
    targets: ["HER2"],
    bindingSite: "HER2",
    mechanism: "Binds HER2.",
    firstFdaApproval: 2000,
    settings: ["x"],
    summary: "A summary long enough for the schema to accept it.",
    lastReviewed: "2026-11-29",
    changes: [{ date: "2026-11-29", note: "First published, from the review." }],
    labelSource: "fda-label-x",
    indications: [{ use: "HER2-positive breast cancer", source: "fda-label-x" }],
    boxedWarnings: [],
    keyRisks: [{ risk: "Heart failure", source: "fda-label-x" }],
    ...names,
  }),
});
const pathway = (id: string, drugs: string[] = []) => ({
  id,
  file: `content/pathways/${id}.mdx`,
  data: pathwaySchema.parse({
    name: id,
    steps: ["s"],
    drives: ["d"],
    figureNodes: ["n"],
    drugs,
    summary: "A summary that is long enough for the pathway schema.",
    lastReviewed: "2026-11-29",
    changes: [{ date: "2026-11-29", note: "First published, from the review." }],
  }),
});

describe("buildCatalog", () => {
  it("rejects a name shared by two pages, naming both files", () => {
    expect(() =>
      buildCatalog({ drugs: [drug("a", { brandNames: ["Same"] }), drug("b", { brandNames: ["same"] })], pathways: [], glossary: [], glossaryFile: "g.yaml" }),
    ).toThrow('content/drugs/b.mdx: the name "same" is also a name of drug "a" (content/drugs/a.mdx)');
  });

  it("rejects a pathway that lists an unknown drug, or a file named after no pathway id", () => {
    expect(() => buildCatalog({ drugs: [drug("a")], pathways: [pathway("mapk", ["b"])], glossary: [], glossaryFile: "g.yaml" })).toThrow(
      'content/pathways/mapk.mdx: drugs: "b" is not a drug page (known: a)',
    );
    expect(() => buildCatalog({ drugs: [], pathways: [pathway("erk")], glossary: [], glossaryFile: "g.yaml" })).toThrow(/"erk" is not a pathway id/);
  });

  it("rejects a glossary seeAlso that is no page", () => {
    const glossary = [{ id: "er", term: "ER", definition: "d", aliases: [], seeAlso: "nowhere", editorialSources: [] }];
    expect(() => buildCatalog({ drugs: [], pathways: [], glossary, glossaryFile: "content/glossary.yaml" })).toThrow(
      'content/glossary.yaml: "ER" › seeAlso: "nowhere"',
    );
  });

  it("loads the catalog from content files", () => {
    const catalog = loadEntityCatalog(FIXTURE);
    expect(catalog.entities.map((e) => e.key)).toEqual([
      "drug:fam-trastuzumab-deruxtecan",
      "drug:trastuzumab",
      "pathway:er-crosstalk",
      "pathway:pi3k-akt-mtor",
    ]);
    expect(catalog.byKey.get("drug:fam-trastuzumab-deruxtecan")!.names).toEqual(["Fam-trastuzumab deruxtecan", "T-DXd", "Enhertu", "trastuzumab deruxtecan"]);
    expect(catalog.glossary.map((t) => t.id)).toEqual(["er", "pi3k", "adc", "nf-kappab"]);
  });
});

describe("paths", () => {
  it("knows which entity a content file is the page of", () => {
    expect(entityOfFile("/x/content/drugs/tucatinib.mdx")).toEqual({ kind: "drug", id: "tucatinib" });
    expect(entityOfFile("content/pathways/mapk.mdx")).toEqual({ kind: "pathway", id: "mapk" });
    expect(entityOfFile("content/chapters/02-signalling.mdx")).toBeUndefined();
  });

  it("builds page paths and pathway URLs under a base, refusing unknown pathways", () => {
    expect(entityPath("drug", "tucatinib")).toBe("/drugs/tucatinib/");
    expect(pathwayUrl("mapk")).toBe("/pathways/mapk/");
    expect(pathwayUrl("nf-kb", "/her2/")).toBe("/her2/pathways/nf-kb/");
    expect(() => pathwayUrl("erk")).toThrow('"erk" is not a pathway id; use one of: mapk, pi3k-akt-mtor');
  });
});

describe("searchNames", () => {
  it("keeps names that contain another page's name out of the weighted list", () => {
    const catalog = loadEntityCatalog(FIXTURE);
    expect(searchNames(catalog, "drug:fam-trastuzumab-deruxtecan")).toEqual({
      weighted: ["T-DXd", "Enhertu"],
      plain: ["Fam-trastuzumab deruxtecan", "trastuzumab deruxtecan"],
    });
    expect(searchNames(catalog, "drug:trastuzumab")).toEqual({ weighted: ["Trastuzumab", "Herceptin"], plain: [] });
  });
});
