import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFrontmatter } from "@astrojs/markdown-remark";
import { indexDocument } from "../../../src/headings/document-index.ts";
import { splitSections } from "../../../src/entities/sections.ts";

const CHAPTERS = "content/chapters";

describe("splitSections", () => {
  it.each(readdirSync(CHAPTERS))("gives %s the heading ids indexDocument gives it", (name) => {
    const body = parseFrontmatter(readFileSync(join(CHAPTERS, name), "utf8")).content;
    const expected = indexDocument(body).headings.filter((h) => h.depth <= 3);
    expect(splitSections(body).flatMap((s) => (s.heading ? [s.heading] : []))).toEqual(expected);
  });

  it("keeps the opening text, folds h4 into its section and blanks headings and code", () => {
    const body = ["Lead.", "## 1.2 First", "One.", "#### Small", "Four.", "```", "## not a heading", "```", "### Sub", "Two."].join("\n");
    const sections = splitSections(body);
    expect(sections.map((s) => [s.heading?.id, s.h2?.id, s.line, s.text.trim().split(/\s+/)])).toEqual([
      [undefined, undefined, 1, ["Lead."]],
      ["first", "first", 3, ["One.", "Four."]],
      ["sub", "first", 10, ["Two."]],
    ]);
  });
});
