import { describe, expect, it } from "vitest";
import { exactEntry, findAmbiguousTerms, normalizeTerm, type VocabularyEntry } from "../../../src/search/vocabulary.ts";

const entry = (name: string, aliases: string[], url: string): VocabularyEntry => ({ name, aliases, url, type: "Drug", card: "" });

describe("normalizeTerm", () => {
  it("folds case, Greek letters and punctuation", () => {
    expect(normalizeTerm("NF-κB")).toBe("nfkappab");
    expect(normalizeTerm("NF kappa B")).toBe("nfkappab");
    expect(normalizeTerm("T-DXd")).toBe("tdxd");
    expect(normalizeTerm("PLCγ")).toBe("plcgamma");
  });
});

describe("exactEntry", () => {
  const vocabulary = [entry("Trastuzumab", ["Herceptin"], "/t/"), entry("NF-κB", ["NF-kB"], "/n/")];
  it("finds a page by name or alias", () => {
    expect(exactEntry("herceptin", vocabulary)?.url).toBe("/t/");
    expect(exactEntry("NF-kappaB", vocabulary)?.url).toBe("/n/");
    expect(exactEntry("nothing", vocabulary)).toBeUndefined();
    expect(exactEntry("", vocabulary)).toBeUndefined();
  });
});

describe("findAmbiguousTerms", () => {
  it("reports a name claimed by two pages", () => {
    expect(findAmbiguousTerms([entry("A", ["Shared"], "/a/"), entry("B", ["shared"], "/b/")])).toEqual(['"shared" names both /a/ (A) and /b/ (B)']);
    expect(findAmbiguousTerms([entry("A", ["A1"], "/a/"), entry("B", ["B1"], "/b/")])).toEqual([]);
  });
});
