/**
 * The source index against the renderer: for every MDX page of the build, the headings and
 * citations the index reads from the source (what the sidebar, the References page, the chapter
 * downloads, "Discussed in" and `npm run check` use) are the ones the rendered page has.
 */
import { parseFrontmatter } from "@astrojs/markdown-remark";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { canonicalKey, loadBibliography } from "../../src/citations/bibliography.ts";
import { indexSource } from "../../src/source-index/source-index.ts";
import { page } from "../helpers/dist.ts";

const dist = inject("distDir");
const bibliography = loadBibliography("content/references.bib");

/** Every MDX page: its file and the built HTML file it becomes. */
const PAGES = [
  ...readdirSync("content/chapters").map((name) => [`content/chapters/${name}`, `chapters/${name.replace(/^\d+-|\.mdx$/g, "")}/index.html`]),
  ...["drugs", "pathways"].flatMap((folder) =>
    readdirSync(`content/${folder}`).map((name) => [`content/${folder}/${name}`, `${folder}/${name.replace(/\.mdx$/, "")}/index.html`]),
  ),
].filter(([file]) => file!.endsWith(".mdx"));

describe("the source index is what the renderer made", () => {
  it.each(PAGES)("%s: headings (text and id) and citations (id and keys), in order", (file, html) => {
    const index = indexSource(parseFrontmatter(readFileSync(file, "utf8")).content);
    const root = page(dist, html);
    // The Markdown's headings are those rehype-heading-anchors gave a "#" link.
    const headings = root
      .querySelectorAll("h2, h3, h4, h5, h6")
      .filter((h) => h.querySelector("a.heading-anchor"))
      .map((h) => [h.tagName.toLowerCase(), h.text.trim(), h.id]);
    expect(headings).toEqual(index.headings.map((h) => [`h${h.depth}`, h.text, h.id]));
    // The style orders a cluster's keys by number, and a declared duplicate is cited as its entry.
    const citations = root.querySelectorAll(".citation").map((c) => [c.id, c.getAttribute("data-cites")!.split(" ").sort()]);
    expect(citations).toEqual(index.citations.map((c) => [c.id, [...new Set(c.keys.map((k) => canonicalKey(bibliography, k)))].sort()]));
  });
});
