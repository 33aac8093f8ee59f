import { describe, expect, it } from "vitest";
import { arrange } from "../../../src/references/reference-tools.ts";

const entries = [
  { number: 1, year: 2014, author: "Iqbal, N.", cited: 3, text: "Iqbal N. HER2 in cancers. Mol Biol Int. 2014." },
  { number: 2, year: 2013, author: "Bose, R.", cited: 5, text: "Bose R. Activating HER2 mutations. Cancer Discov. 2013." },
  { number: 3, year: 2023, author: "Cheng, X.", cited: 1, text: "Cheng X. Sígnalling review. Cancer Res. 2023." },
];

describe("arrange", () => {
  it("keeps the entries holding every word, accents and case ignored", () => {
    expect(arrange(entries, "her2 CANCER", "number").map((e) => e.number)).toEqual([1, 2]);
    expect(arrange(entries, "signalling", "number").map((e) => e.number)).toEqual([3]);
  });

  it.each([
    ["number", [1, 2, 3]],
    ["year", [3, 1, 2]],
    ["author", [2, 3, 1]],
    ["cited", [2, 1, 3]],
  ] as const)("sorts by %s", (sort, order) => {
    expect(arrange(entries, "", sort).map((e) => e.number)).toEqual(order);
  });
});
