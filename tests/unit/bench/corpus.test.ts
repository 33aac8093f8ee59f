import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseBibliography } from "../../../src/citations/bibliography.ts";
import { chapterSchema } from "../../../src/chapters/chapter-schema.ts";
import { findCitations } from "../../../src/citations/citation-syntax.ts";
import { bibtexKeys, lastReviewNumber, syntheticChapter, syntheticContent } from "../../../scripts/bench/corpus.ts";
import { parse as parseYaml } from "yaml";

const real = readFileSync("content/references.bib", "utf8");

describe("synthetic corpus", () => {
  const content = syntheticContent({ pages: 3, entries: 2000, citationsPerPage: 20, seed: 9 }, real);
  const bib = content.files.get("content/references.bib")!;

  it("grows the real bibliography to 2,000 entries that pass the site's own validation", () => {
    const parsed = parseBibliography(bib, "references.bib");
    expect(parsed.references).toHaveLength(2000);
    expect(content.entries).toBe(2000);
    for (const key of bibtexKeys(real)) expect(parsed.byKey.has(key)).toBe(true);
    expect(lastReviewNumber(bib)).toBe(2000);
  });

  it("writes chapters whose frontmatter the chapter schema accepts (section limit aside)", () => {
    const chapters = [...content.files.keys()].filter((p) => p.startsWith("content/chapters/"));
    expect(chapters).toEqual(["content/chapters/1-synthetic-1.mdx", "content/chapters/2-synthetic-2.mdx", "content/chapters/3-synthetic-3.mdx"]);
    for (const path of chapters) {
      const frontmatter = parseYaml(/^---\n([\s\S]*?)\n---/.exec(content.files.get(path)!)![1]!);
      expect(chapterSchema.safeParse(frontmatter).error).toBeUndefined();
    }
  });

  it("cites about 20 times per chapter, only keys of the bibliography, never in a heading", () => {
    const known = new Set(bibtexKeys(bib));
    const text = content.files.get("content/chapters/2-synthetic-2.mdx")!;
    const clusters = findCitations(text);
    expect(clusters).toHaveLength(20);
    for (const cluster of clusters) for (const key of cluster.keys) expect(known.has(key)).toBe(true);
    expect(text.split("\n").filter((l) => l.startsWith("#") && l.includes("[@"))).toEqual([]);
  });

  it("is the same on every run, and different for another seed", () => {
    expect(syntheticChapter(5, content.keys, { citationsPerPage: 20, seed: 9 })).toBe(syntheticChapter(5, content.keys, { citationsPerPage: 20, seed: 9 }));
    expect(syntheticChapter(5, content.keys, { citationsPerPage: 20, seed: 10 })).not.toBe(
      syntheticChapter(5, content.keys, { citationsPerPage: 20, seed: 9 }),
    );
  });

  it("with no more entries than the real bibliography, cites the real keys only", () => {
    const small = syntheticContent({ pages: 1, entries: 20, citationsPerPage: 20, seed: 9 }, real);
    expect(small.files.get("content/references.bib")).toBe(real);
    expect(small.keys).toEqual(bibtexKeys(real));
  });
});
