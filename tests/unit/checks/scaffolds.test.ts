/** The templates of `npm run new` pass their schemas and the content checks, with placeholders flagged. */
import { parseFrontmatter } from "@astrojs/markdown-remark";
import { describe, expect, it } from "vitest";
import { checkContent } from "../../../src/checks/index.ts";
import { PAGE_SCHEMAS } from "../../../src/checks/page-schemas.ts";
import { DRUG_TIMELINE_AXIS } from "../../../src/figures/drug-timeline.ts";
import { chapterScaffold, drugScaffold, LABEL_SOURCE, pathwayScaffold } from "../../../src/scaffolds/templates.ts";
import { cleanTree, edit, TODAY } from "./helpers.ts";

const templates = {
  chapter: chapterScaffold({ name: "HER2 and the heart", today: TODAY, existing: ["01-introduction.mdx", "02-therapeutics.mdx"], maxOrder: 2 }),
  drug: drugScaffold({ name: "zanidatamab", today: TODAY, timeline: DRUG_TIMELINE_AXIS }),
  pathway: pathwayScaffold({ id: "jak-stat", today: TODAY, figureNodes: ["jak", "stat"] }),
};

describe("scaffolds", () => {
  it("name the next chapter file and the entity files after their slug", () => {
    expect(templates.chapter.file).toBe("content/chapters/03-her2-and-the-heart.mdx");
    expect(templates.drug.file).toBe("content/drugs/zanidatamab.mdx");
    expect(templates.pathway.file).toBe("content/pathways/jak-stat.mdx");
  });

  it.each(Object.entries(templates))("the %s template passes its schema, reviewed today", (kind, { text }) => {
    const data = PAGE_SCHEMAS[kind as keyof typeof templates].parse(parseFrontmatter(text).frontmatter) as { lastReviewed: Date };
    expect(data.lastReviewed.toISOString().slice(0, 10)).toBe(TODAY);
  });

  it("leave placeholder warnings, and for a drug the one error of its label source, which must be recorded first", () => {
    let tree = cleanTree();
    for (const { file, text } of Object.values(templates)) tree = edit(tree, file, () => text);
    const problems = checkContent(tree, { today: TODAY, changes: new Map() });
    const errors = problems.filter((p) => p.severity === "error");
    expect(new Set(errors.map((p) => `${p.file}: ${p.message}`))).toEqual(new Set([`${templates.drug.file}: unknown editorial source "${LABEL_SOURCE}"`]));
    expect(new Set(problems.filter((p) => p.severity === "warning").map((p) => p.message.replace(/:.*/, "")))).toEqual(
      new Set(["placeholder left from the template"]),
    );
    expect(new Set(problems.map((p) => p.file))).toEqual(new Set(Object.values(templates).map((t) => t.file)));
  });
});
