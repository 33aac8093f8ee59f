import { describe, expect, it } from "vitest";
import { parse } from "node-html-parser";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import rehypeTableScroll from "../../../src/tables/rehype-table-scroll.ts";

const render = async (markdown: string) =>
  parse(String(await unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeTableScroll).use(rehypeStringify).process(markdown)));

describe("rehypeTableScroll", () => {
  it("wraps each table in a focusable region named after its column headings", async () => {
    const root = await render("| Drug | Target |\n| --- | --- |\n| Trastuzumab | HER2 |\n\nText.\n\n| *Pair* | Effect |\n| --- | --- |\n| a | b |\n");
    const wrappers = root.querySelectorAll("section.table-scroll");
    expect(wrappers).toHaveLength(2);
    expect(wrappers.map((w) => [w.getAttribute("tabindex"), w.getAttribute("aria-label")])).toEqual([
      ["0", "Table: Drug, Target"],
      ["0", "Table: Pair, Effect"],
    ]);
    expect(wrappers.every((w) => w.childNodes.length === 1 && w.firstElementChild?.tagName === "TABLE")).toBe(true);
  });

  it("leaves text without tables as it was", async () => {
    expect((await render("No table here.")).toString()).toBe("<p>No table here.</p>");
  });

  it("names a table without headings plainly", async () => {
    const root = await render("|  |  |\n| --- | --- |\n| a | b |\n");
    expect(root.querySelector("section.table-scroll")!.getAttribute("aria-label")).toBe("Table");
  });
});
