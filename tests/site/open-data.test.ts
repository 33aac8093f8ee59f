/** The open data files: parseable, complete, and in step with the pages. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { htmlFiles } from "../helpers/dist.ts";

const dist = inject("distDir");
const json = (file: string) => JSON.parse(readFileSync(join(dist, "data", file), "utf8"));
const pages = htmlFiles(dist);

describe("open data under /data/", () => {
  it("references.json is CSL-JSON of the review's 72 references, with every author a record lists", () => {
    const items = json("references.json") as { id: string; type: string; title: string; author: { family: string }[]; page?: string; note: string }[];
    expect(items).toHaveLength(72);
    for (const item of items) {
      expect(item.title).toBeTruthy();
      expect(item.author.length).toBeGreaterThan(0);
      expect(item.author.some((a) => a.family === "others")).toBe(false);
      // Full page ranges: an abbreviated end page ("5878-87") would read as page 87.
      const range = /^(\d+)-(\d+)$/.exec(item.page ?? "");
      if (range) expect(Number(range[2]), `${item.id}: ${item.page}`).toBeGreaterThanOrEqual(Number(range[1]));
    }
    expect(items.find((i) => i.id === "bose2013")!.note).toMatch(/^Reference 2 of Cheng 2024/);
  });

  it.each([
    ["drugs.json", "drugs/"],
    ["pathways.json", "pathways/"],
  ])("%s lists one item for each page, with its URL", (file, folder) => {
    const data = json(file) as { version: string; count: number; items: { url: string }[] };
    const count = pages.filter((p) => p.startsWith(folder) && p !== `${folder}index.html`).length;
    expect(data.count).toBe(count);
    expect(data.items).toHaveLength(count);
    expect(data.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("drugs.json carries the editorial label layer with its sources", () => {
    const { items } = json("drugs.json") as { items: { indications: { source: string }[]; keyRisks: { source: string }[]; labelSource: string }[] };
    for (const drug of items) {
      expect(drug.labelSource).toBeTruthy();
      expect(drug.indications.every((i) => i.source)).toBe(true);
    }
  });

  it("glossary.json and editorial-sources.json list every term and source", () => {
    expect((json("glossary.json") as { count: number }).count).toBeGreaterThan(90);
    const sources = json("editorial-sources.json") as { items: { checked: string; url: string }[] };
    expect(sources.items.every((s) => /^\d{4}-\d{2}-\d{2}$/.test(s.checked) && s.url)).toBe(true);
  });
});
