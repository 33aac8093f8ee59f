import { describe, expect, it } from "vitest";
import { contextLine, groupByChapter, indexDiscussions } from "../../../src/entities/discussed-in.ts";
import { compileMatcher } from "../../../src/entities/mentions.ts";
import { indexSource } from "../../../src/source-index/source-index.ts";

/** A chapter as the pages read it: its source index. */
const chapterOf = (slug: string, title: string, body: string) => ({ slug, title, sections: indexSource(body).sections });

const matcher = compileMatcher([
  { key: "drug:lapatinib", names: ["lapatinib"] },
  { key: "pathway:mapk", names: ["Ras/Raf/MEK/ERK", "MAPK"] },
]);

describe("indexDiscussions", () => {
  const body = [
    "Lapatinib opens the chapter [@a].",
    "",
    "## 4.1 Drugs",
    "",
    "First, **lapatinib** blocks the kinase [@b]. Then lapatinib again.",
    "",
    "### Table",
    "",
    "| Drug | Pathway |",
    "| --- | --- |",
    "| [Lapatinib](/drugs/lapatinib/) | MAPK |",
    "",
    "## Other",
    "",
    "Nothing here.",
  ].join("\n");
  const chapter = { slug: "therapeutics", title: "4. Therapeutics" };
  const index = indexDiscussions([chapterOf(chapter.slug, chapter.title, body)], matcher);

  it("lists each section that mentions an entity once, with the sentence of its first mention", () => {
    expect(index.get("drug:lapatinib")).toEqual([
      { chapter, section: undefined, parent: undefined, context: "Lapatinib opens the chapter." },
      {
        chapter,
        section: expect.objectContaining({ depth: 2, text: "4.1 Drugs", id: "drugs" }),
        parent: undefined,
        context: "First, lapatinib blocks the kinase.",
      },
    ]);
  });

  it("reads a table row as its cells, and does not count link text", () => {
    expect(index.get("pathway:mapk")).toEqual([
      {
        chapter,
        section: expect.objectContaining({ depth: 3, text: "Table", id: "table" }),
        parent: expect.objectContaining({ depth: 2, text: "4.1 Drugs", id: "drugs" }),
        context: "Lapatinib · MAPK",
      },
    ]);
  });

  it("groups the sections by chapter", () => {
    const groups = groupByChapter([
      ...index.get("drug:lapatinib")!,
      ...indexDiscussions([chapterOf("outlook", "7. Outlook", "Lapatinib.")], matcher).get("drug:lapatinib")!,
    ]);
    expect(groups.map((g) => [g.chapter.slug, g.sections.length])).toEqual([
      ["therapeutics", 2],
      ["outlook", 1],
    ]);
  });
});

describe("contextLine", () => {
  it("keeps a list item to itself and strips its marker", () => {
    const body = "Intro line.\n- A first item.\n- The MAPK item [@x].\n- A third.";
    expect(
      indexDiscussions([chapterOf("c", "C", body)], matcher)
        .get("pathway:mapk")!
        .map((d) => d.context),
    ).toEqual(["The MAPK item."]);
  });

  it("cuts a long sentence around the mention, at most 160 characters", () => {
    const text = `${"Filler words come first and go on. ".repeat(3).replace(/\. /g, ", ")}then lapatinib appears ${"and more words follow it ".repeat(8)}to the end.`;
    const line = contextLine(text, "lapatinib");
    expect(line.length).toBeLessThanOrEqual(160);
    expect(line).toContain("lapatinib");
    expect(line).toMatch(/^….*…$/);
  });
});

describe("indexDiscussions: headings", () => {
  it("counts a section whose heading names the entity, with the section's first sentence as context", () => {
    const body = "## Lapatinib, 2007\n\n- Class: a small molecule. More text.\n- Target: HER2.\n\n## Next\n\nLapatinib again.";
    const index = indexDiscussions([chapterOf("therapeutics", "4. Therapeutics", body)], matcher);
    expect(index.get("drug:lapatinib")!.map((d) => [d.section?.id, d.context])).toEqual([
      ["lapatinib-2007", "Class: a small molecule."],
      ["next", "Lapatinib again."],
    ]);
  });
});
