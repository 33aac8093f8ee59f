import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadEntityCatalog } from "../../../src/entities/load-catalog.ts";
import { siteVocabulary } from "../../../src/search/site-vocabulary.ts";
import { findAmbiguousTerms } from "../../../src/search/vocabulary.ts";

describe("the site's search vocabulary", () => {
  const vocabulary = siteVocabulary(loadEntityCatalog("content"), (path) => `/base${path}`);

  it("names every drug and pathway page with its aliases", () => {
    const herceptin = vocabulary.find((e) => e.aliases.includes("Herceptin"));
    expect(herceptin).toMatchObject({ url: "/base/drugs/trastuzumab/", type: "Drug" });
    expect(vocabulary.filter((e) => e.type === "Drug")).toHaveLength(readdirSync("content/drugs").filter((name) => name.endsWith(".mdx")).length);
    expect(vocabulary.filter((e) => e.type === "Pathway")).toHaveLength(7);
  });

  it("leads every name to one page only", () => {
    expect(findAmbiguousTerms(vocabulary)).toEqual([]);
  });

  it("sends glossary terms to their anchor on the glossary page", () => {
    const terms = vocabulary.filter((e) => e.type === "Glossary");
    expect(terms.length).toBeGreaterThan(10);
    for (const t of terms) expect(t.url).toMatch(/^\/base\/glossary\/#[a-z0-9-]+$/);
  });
});
