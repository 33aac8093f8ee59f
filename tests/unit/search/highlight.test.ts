import { describe, expect, it } from "vitest";
import { highlightPatterns } from "../../../src/search/highlight.ts";

const marks = (query: string, text: string) => {
  const { phrase, words } = highlightPatterns(query);
  const found = phrase ? [...text.matchAll(phrase)].map((m) => m[0]) : [];
  return found.length ? found : words.flatMap((w) => [...text.matchAll(w)].map((m) => m[0]));
};

describe("highlightPatterns", () => {
  it.each([
    ["T-DXd", "T-DXd is an ADC; TDXd and T–DXd too, not T-DXdX", ["T-DXd", "TDXd", "T–DXd"]],
    ["HER2-low", "In HER2-low disease (HER2 low)", ["HER2-low", "HER2 low"]],
    ["PD-L1", "PD-L1 and PD-1", ["PD-L1"]],
    ["exon 20", "Exon 20 insertions; 20 patients", ["Exon 20"]],
    ["what does pertuzumab bind", "Pertuzumab binds domain II; what else", ["Pertuzumab"]],
  ])("%s marks %j", (query, text, expected) => {
    expect(marks(query, text)).toEqual(expected);
  });

  it("marks nothing for a query of question words", () => {
    expect(highlightPatterns("what is the")).toEqual({ phrase: undefined, words: [] });
  });
});
