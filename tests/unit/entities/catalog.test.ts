import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { formatProblem, ProblemsError } from "../../../src/checks/problem.ts";
import { buildCatalog, entityOfFile, searchNames } from "../../../src/entities/catalog.ts";
import { drugSchema } from "../../../src/entities/drug-schema.ts";
import { loadEntityCatalog } from "../../../src/entities/load-catalog.ts";
import { pathwaySchema } from "../../../src/entities/pathway-schema.ts";
import { entityPath, PATHWAY_IDS, pathwayUrl } from "../../../src/entities/paths.ts";

const FIXTURE = "tests/unit/entities/fixtures/content";

/** A page as the catalog gets it: its data, and its file's text (frontmatter written from the data). */
const page = <T>(file: string, id: string, raw: Record<string, unknown>, parse: (raw: unknown) => T) => ({
  id,
  file,
  text: `---\n${stringify(raw)}---\n`,
  data: parse(raw),
});
const noGlossary = { glossary: [], glossaryFile: { path: "content/glossary.yaml", text: "" } };

const drug = (id: string, names: Partial<{ name: string; brandNames: string[]; aliases: string[] }> = {}) =>
  page(
    `content/drugs/${id}.mdx`,
    id,
    {
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
    },
    (raw) => drugSchema.parse(raw),
  );
const pathway = (id: string, drugs: string[] = []) =>
  page(
    `content/pathways/${id}.mdx`,
    id,
    {
      name: id,
      steps: ["s"],
      drives: ["d"],
      figureNodes: ["n"],
      drugs,
      summary: "A summary that is long enough for the pathway schema.",
      lastReviewed: "2026-11-29",
      changes: [{ date: "2026-11-29", note: "First published, from the review." }],
    },
    (raw) => pathwaySchema.parse(raw),
  );

/** The problems buildCatalog stops on, as `npm run check` and the build print them. */
function catalogProblems(input: Parameters<typeof buildCatalog>[0]): string[] {
  try {
    buildCatalog(input);
    return [];
  } catch (error) {
    if (!(error instanceof ProblemsError)) throw error;
    return error.problems.map(formatProblem);
  }
}

describe("buildCatalog", () => {
  it("rejects a name shared by two pages, at its line, naming both files", () => {
    expect(catalogProblems({ drugs: [drug("a", { brandNames: ["Same"] }), drug("b", { brandNames: ["same"] })], pathways: [], ...noGlossary })).toEqual([
      'content/drugs/b.mdx:4:5  the name "same" is also a name of drug "a" (content/drugs/a.mdx, written "Same")  (a name may point to one page only; names are compared ignoring case, spaces and punctuation)  [entity-names]',
    ]);
  });

  it("compares names as search does: an abbreviation without its hyphen is the same name", () => {
    const problems = catalogProblems({
      drugs: [drug("a", { brandNames: ["A"], aliases: ["T-DM1"] }), drug("b", { brandNames: ["B"], aliases: ["TDM1"] })],
      pathways: [],
      ...noGlossary,
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/drugs\/b\.mdx:\d+:\d+ {2}the name "TDM1" is also a name of drug "a" \(content\/drugs\/a\.mdx, written "T-DM1"\)/);
  });

  it("rejects a pathway that lists an unknown drug, or a file named after no pathway id", () => {
    expect(catalogProblems({ drugs: [drug("a")], pathways: [pathway("mapk", ["b"])], ...noGlossary })).toEqual([
      'content/pathways/mapk.mdx:10:5  drugs: "b" is not a drug page (known: a)  (add that drug page (npm run new -- drug <slug>), or remove the slug)  [entity-names]',
    ]);
    expect(catalogProblems({ drugs: [], pathways: [pathway("erk")], ...noGlossary })).toEqual([
      `content/pathways/erk.mdx:2:1  "erk" is not a pathway id  (name the file after one of: ${PATHWAY_IDS.join(", ")})  [entity-names]`,
    ]);
  });

  it("does not report a page left out for invalid frontmatter as missing", () => {
    expect(catalogProblems({ drugs: [], pathways: [pathway("mapk", ["b"])], ...noGlossary, invalidPages: new Set(["b"]) })).toEqual([]);
  });

  it("rejects a glossary seeAlso that is no page, at the entry's seeAlso", () => {
    const glossary = [{ id: "er", term: "ER", definition: "d", aliases: [], seeAlso: "nowhere", editorialSources: [] }];
    const text = "- term: PR\n  definition: d\n- term: ER\n  definition: d\n  seeAlso: nowhere\n";
    expect(catalogProblems({ drugs: [], pathways: [], glossary, glossaryFile: { path: "content/glossary.yaml", text } })).toEqual([
      'content/glossary.yaml:5:12  "ER" › seeAlso: "nowhere" is not a drug or pathway page  (name an existing drug or pathway page: its file name without .mdx)  [entity-names]',
    ]);
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
