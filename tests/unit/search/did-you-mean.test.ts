import { describe, expect, it } from "vitest";
import { allowedEdits, editDistance, suggest } from "../../../src/search/did-you-mean.ts";
import type { VocabularyEntry } from "../../../src/search/vocabulary.ts";

const vocabulary: VocabularyEntry[] = [
  { name: "Trastuzumab", aliases: ["Herceptin"], url: "/drugs/trastuzumab/", type: "Drug", card: "" },
  { name: "Pertuzumab", aliases: ["Perjeta"], url: "/drugs/pertuzumab/", type: "Drug", card: "" },
  { name: "Lapatinib", aliases: ["Tykerb"], url: "/drugs/lapatinib/", type: "Drug", card: "" },
  { name: "Fam-trastuzumab deruxtecan", aliases: ["Enhertu", "T-DXd"], url: "/drugs/fam-trastuzumab-deruxtecan/", type: "Drug", card: "" },
  { name: "NF-κB", aliases: ["NF-kB"], url: "/pathways/nf-kb/", type: "Pathway", card: "" },
];

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and swaps", () => {
    expect(editDistance("trastuzamab", "trastuzumab")).toBe(1);
    expect(editDistance("lapatanib", "lapatinib")).toBe(1);
    expect(editDistance("hercpetin", "herceptin")).toBe(1);
    expect(editDistance("abc", "")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
  it("allows more edits for longer words and none for very short ones", () => {
    expect([3, 5, 9, 12].map(allowedEdits)).toEqual([0, 1, 2, 3]);
  });
});

describe("suggest", () => {
  it.each([
    ["trastuzamab", "/drugs/trastuzumab/"],
    ["pertuzamab", "/drugs/pertuzumab/"],
    ["lapatanib", "/drugs/lapatinib/"],
    ["Hercpetin", "/drugs/trastuzumab/"],
    ["enhertou", "/drugs/fam-trastuzumab-deruxtecan/"],
  ])("leads %s to %s first", (query, url) => {
    expect(suggest(query, vocabulary)[0]?.entry.url).toBe(url);
  });

  it("names the term that matched", () => {
    expect(suggest("Hercpetin", vocabulary)[0]!.term).toBe("Herceptin");
  });

  it("suggests nothing for an exact name, a short query or an unrelated word", () => {
    expect(suggest("trastuzumab", vocabulary).map((s) => s.entry.url)).not.toContain("/drugs/trastuzumab/");
    expect(suggest("abc", vocabulary)).toEqual([]);
    expect(suggest("mitochondria", vocabulary)).toEqual([]);
  });

  it("keeps one suggestion per page, closest first", () => {
    const urls = suggest("trastuzumabb", vocabulary).map((s) => s.entry.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls[0]).toBe("/drugs/trastuzumab/");
  });
});
