import { describe, expect, it } from "vitest";
import { compileMatcher, findMentions, type Named } from "../../../src/entities/mentions.ts";
import { distinctNames } from "../../../src/entities/names.ts";

const find = (text: string, entities: Named[]) => findMentions(text, compileMatcher(entities)).map((m) => [m.key, m.text]);
const ER: Named = { key: "er", names: ["ER", "estrogen receptor"] };

describe("findMentions: whole words and case", () => {
  it('finds the abbreviation "ER" only as written and only as a whole word', () => {
    expect(find("her Error ERK HER2 Er er ERα", [ER])).toEqual([]);
    expect(find("ER-positive, (ER) and PR/ER", [ER])).toEqual([
      ["er", "ER"],
      ["er", "ER"],
      ["er", "ER"],
    ]);
  });

  it("matches a lower-case or capitalised name in any case", () => {
    const drug = { key: "t", names: ["Trastuzumab", "Herceptin"] };
    expect(find("trastuzumab, Trastuzumab, TRASTUZUMAB, herceptin; trastuzumabs", [drug]).map(([, t]) => t)).toEqual([
      "trastuzumab",
      "Trastuzumab",
      "TRASTUZUMAB",
      "herceptin",
    ]);
  });

  it("keeps mixed-case abbreviations exact", () => {
    expect(find("mTOR MTOR mtor", [{ key: "m", names: ["mTOR"] }])).toEqual([["m", "mTOR"]]);
  });

  it("prefers the longest name where names overlap: PI3K inside PI3K/AKT", () => {
    const entities = [
      { key: "pathway", names: ["PI3K/AKT", "PI3K/Akt/mTOR"] },
      { key: "term", names: ["PI3K"] },
    ];
    expect(find("the PI3K/AKT pathway, PI3K/Akt/mTOR and PI3K alone", entities)).toEqual([
      ["pathway", "PI3K/AKT"],
      ["pathway", "PI3K/Akt/mTOR"],
      ["term", "PI3K"],
    ]);
  });

  it("takes the drug whose name contains another drug's name", () => {
    const entities = [
      { key: "trastuzumab", names: ["trastuzumab"] },
      { key: "t-dxd", names: ["trastuzumab deruxtecan", "fam-trastuzumab deruxtecan"] },
      { key: "t-dm1", names: ["ado-trastuzumab emtansine"] },
    ];
    expect(find("Ado-trastuzumab emtansine, fam-trastuzumab deruxtecan, trastuzumab deruxtecan and trastuzumab", entities).map(([k]) => k)).toEqual([
      "t-dm1",
      "t-dxd",
      "t-dxd",
      "trastuzumab",
    ]);
  });
});

describe("findMentions: spelling variants", () => {
  it("matches a Greek letter by its Latin spelling and the other way round", () => {
    const entities = [
      { key: "wnt", names: ["β-catenin"] },
      { key: "nfkb", names: ["NF-κB"] },
      { key: "hif", names: ["HIF-1α"] },
    ];
    expect(find("beta-catenin, β-catenin, NF-kappaB, NF-κB, HIF-1alpha, HIF-1α", entities).map(([k]) => k)).toEqual([
      "wnt",
      "wnt",
      "nfkb",
      "nfkb",
      "hif",
      "hif",
    ]);
  });

  it("lets a space match a hyphen or a line break, and a hyphen an en dash", () => {
    expect(find("estrogen-receptor signalling; estrogen\nreceptor", [ER]).map(([, t]) => t)).toEqual(["estrogen-receptor", "estrogen\nreceptor"]);
    expect(find("T–DM1 and T-DM1", [{ key: "tdm1", names: ["T-DM1"] }])).toHaveLength(2);
  });
});

describe("findMentions: citations", () => {
  it("skips citations in the text (what is prose at all is src/source-index/prose.ts)", () => {
    const text = "A claim [@er2001; @ER] and ER.";
    const mentions = findMentions(text, compileMatcher([ER]));
    expect(mentions).toHaveLength(1);
    expect(text.slice(mentions[0]!.start - 4, mentions[0]!.end)).toBe("and ER");
  });

  it("finds nothing with no entities", () => {
    expect(find("ER", [])).toEqual([]);
  });
});

describe("distinctNames", () => {
  it("keeps one name per spelling", () => {
    expect(distinctNames(["Wnt/β-catenin", "Wnt/beta-catenin", "β-catenin", "beta-catenin", "Wnt"])).toEqual(["Wnt/β-catenin", "β-catenin", "Wnt"]);
  });
});
