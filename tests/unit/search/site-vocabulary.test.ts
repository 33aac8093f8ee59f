import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadEntityCatalog } from "../../../src/entities/load-catalog.ts";
import { formatProblem } from "../../../src/checks/problem.ts";
import { parseSearchConcepts } from "../../../src/search/concepts.ts";
import { conceptProblems, loadSearchVocabulary, siteVocabulary } from "../../../src/search/site-vocabulary.ts";
import { textKey } from "../../../src/text/text-key.ts";

describe("the site's search vocabulary", () => {
  const vocabulary = siteVocabulary(loadEntityCatalog("content"), (path) => `/base${path}`);

  it("names every drug and pathway page with its aliases", () => {
    const herceptin = vocabulary.find((e) => e.aliases.includes("Herceptin"));
    expect(herceptin).toMatchObject({ url: "/base/drugs/trastuzumab/", type: "Drug" });
    expect(vocabulary.filter((e) => e.type === "Drug")).toHaveLength(readdirSync("content/drugs").filter((name) => name.endsWith(".mdx")).length);
    expect(vocabulary.filter((e) => e.type === "Pathway")).toHaveLength(7);
  });

  it("leads every name to one page only", () => {
    const { entries } = loadSearchVocabulary((path) => path);
    const pageOf = new Map<string, string>();
    for (const entry of entries) {
      for (const key of [entry.name, ...entry.aliases].map(textKey)) {
        expect(pageOf.get(key) ?? entry.url, key).toBe(entry.url);
        pageOf.set(key, entry.url);
      }
    }
  });

  it("reports a concept named like another page, at its line in the concepts file", () => {
    const path = "content/search-concepts.yaml";
    const text = "concepts:\n  - name: Drugs\n    url: /drugs/\n    card: Every drug.\n    aliases: [drugs, herceptin]\n";
    const problems = conceptProblems(loadEntityCatalog("content"), parseSearchConcepts(text, path).concepts!, { path, text });
    expect(problems.map(formatProblem)).toEqual([
      `${path}:5:22  "herceptin" already names drug "trastuzumab" (/drugs/trastuzumab/); search could not tell which page it means  (remove it here, or point the concept at that page)  [search-concepts]`,
    ]);
  });

  it("sends glossary terms to their anchor on the glossary page", () => {
    const terms = vocabulary.filter((e) => e.type === "Glossary");
    expect(terms.length).toBeGreaterThan(10);
    for (const t of terms) expect(t.url).toMatch(/^\/base\/glossary\/#[a-z0-9-]+$/);
  });
});
