/**
 * The cached rehype-citation (parses the bibliography once per build) must render exactly what the
 * plain plugin renders, file after file, and notice when the bibliography changes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import rehypeCitation from "rehype-citation";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import { afterAll, describe, expect, it } from "vitest";
import rehypeCitationCached from "../../../src/citations/rehype-citation-cached.ts";
import { syntheticChapter, syntheticContent } from "../../../scripts/bench/corpus.ts";

const dir = mkdtempSync(join(tmpdir(), "her2-kb-cite-cache-"));
/** rehype-citation joins the bibliography path to the working directory: give it a relative one. */
const bibPath = (name: string) => relative(process.cwd(), join(dir, name));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function render(plugin: typeof rehypeCitation, markdown: string, bibliography: string, name = "a.mdx"): Promise<string> {
  const file = new VFile({ value: markdown, path: `content/chapters/${name}` });
  const out = await unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(plugin, { bibliography, csl: "vancouver", linkCitations: true })
    .use(rehypeStringify)
    .process(file);
  return String(out);
}

const DOCS = [
  "A claim [@alpha2001]. Another [@beta2002; @gamma2003]. Again [@alpha2001].",
  "Only [@gamma2003], then [@delta2004; @alpha2001; @beta2002].",
  "No citations at all.",
];

describe("rehype-citation-cached", () => {
  it("renders the fixture documents exactly as rehype-citation does, file after file", async () => {
    for (const [i, doc] of DOCS.entries()) {
      expect(await render(rehypeCitationCached, doc, "tests/fixtures/mini.bib", `${i}.mdx`)).toBe(
        await render(rehypeCitation, doc, "tests/fixtures/mini.bib", `${i}.mdx`),
      );
    }
  });

  it("renders synthetic chapters against a 2,000-entry bibliography exactly as rehype-citation does", async () => {
    const content = syntheticContent({ pages: 0, entries: 2000, citationsPerPage: 20, seed: 3 }, readFileSync("content/references.bib", "utf8"));
    const bib = bibPath("big.bib");
    writeFileSync(bib, content.files.get("content/references.bib")!);
    for (const index of [1, 2]) {
      const body = syntheticChapter(index, content.keys, { citationsPerPage: 20, seed: 3 }).replace(/^---[\s\S]*?---\n/, "");
      const cached = await render(rehypeCitationCached, body, bib);
      expect(cached).toBe(await render(rehypeCitation, body, bib));
      expect(cached.match(/class="csl-entry"/g)?.length).toBeGreaterThan(10);
    }
  }, 60_000); // the plain plugin parses 2,000 entries per file: seconds on a busy machine

  it("parses the bibliography again when its text changes", async () => {
    const bib = bibPath("changing.bib");
    const original = readFileSync("tests/fixtures/mini.bib", "utf8");
    writeFileSync(bib, original);
    const before = await render(rehypeCitationCached, "A claim [@alpha2001].", bib);
    expect(before).toContain("First work on HER2");
    writeFileSync(bib, original.replace("First work on HER2", "Renamed work on HER2"));
    const after = await render(rehypeCitationCached, "A claim [@alpha2001].", bib);
    expect(after).toContain("Renamed work on HER2");
    expect(after).toBe(await render(rehypeCitation, "A claim [@alpha2001].", bib));
  });
});
