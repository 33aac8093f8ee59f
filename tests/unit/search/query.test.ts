import { describe, expect, it } from "vitest";
import { isStrongMatch, markedWords, searchTermFor } from "../../../src/search/query.ts";
import type { VocabularyEntry } from "../../../src/search/vocabulary.ts";

const vocabulary: VocabularyEntry[] = [
  { name: "NF-κB", aliases: ["NF-kB", "NF-kappaB"], url: "/pathways/nf-kb/", type: "Pathway", card: "" },
  { name: "Wnt/β-catenin", aliases: ["beta-catenin", "Wnt"], url: "/pathways/wnt-beta-catenin/", type: "Pathway", card: "" },
  { name: "Trastuzumab", aliases: ["Herceptin"], url: "/drugs/trastuzumab/", type: "Drug", card: "" },
];

describe("searchTermFor", () => {
  it("searches a Latin-spelled alias under the entity's Greek name", () => {
    expect(searchTermFor("NF-kB", vocabulary)).toBe("NF-κB");
    expect(searchTermFor("nf kappa b", vocabulary)).toBe("NF-κB");
    expect(searchTermFor("beta-catenin", vocabulary)).toBe("Wnt/β-catenin");
  });
  it("leaves other queries as typed, brand names included", () => {
    expect(searchTermFor("Herceptin", vocabulary)).toBe("Herceptin");
    expect(searchTermFor("NF-κB", vocabulary)).toBe("NF-κB");
    expect(searchTermFor("exon 20", vocabulary)).toBe("exon 20");
  });
});

describe("isStrongMatch", () => {
  it("trusts marks that are the query or part of it", () => {
    expect(isStrongMatch("Herceptin", ["Herceptin"])).toBe(true);
    expect(isStrongMatch("beta-catenin", ["catenin"])).toBe(true);
    expect(isStrongMatch("PI3K", ["PI3K/AKT"])).toBe(true);
  });
  it("distrusts marks that share only a letter or two with a misspelled query", () => {
    expect(isStrongMatch("trastuzamab", ["T", "T"])).toBe(false);
    expect(isStrongMatch("lapatanib", [])).toBe(false);
  });
});

describe("markedWords", () => {
  it("reads the marked words of an excerpt", () => {
    expect(markedWords("a <mark>T</mark> cell and <mark>HER2</mark>")).toEqual(["T", "HER2"]);
  });
});
