/**
 * Every problem names its rule: the rule CONTRIBUTING.md documents, and the one that really finds
 * the fault (a fault two rules meet, such as a drug page Figure 3 reads, keeps the name of the rule
 * whose fault it is).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkContent, RULES, type RuleName } from "../../../src/checks/index.ts";
import { prepareContent, type ContentTree } from "../../../src/checks/content.ts";
import { formatProblem } from "../../../src/checks/problem.ts";
import { CONTENT_PATHS } from "../../../src/content/content-paths.ts";
import { cleanTree, edit, TODAY } from "./helpers.ts";

const CHAPTER = "content/chapters/01-introduction.mdx";
const THERAPEUTICS = "content/chapters/02-therapeutics.mdx";
const DRUG = "content/drugs/trastuzumab.mdx";
const append = (text: string) => (t: string) => `${t.trimEnd()}\n\n${text}\n`;

/** One fault of each rule, made in the clean tree. */
const FAULTS: [RuleName, (tree: ContentTree) => ContentTree][] = [
  ["mdx-syntax", (tree) => edit(tree, CHAPTER, append("<Note>\n\nNever closed."))],
  ["frontmatter", (tree) => edit(tree, CHAPTER, (t) => t.replace("section: 1", 'section: "one"'))],
  ["citation-keys", (tree) => edit(tree, CHAPTER, (t) => t.replace("[@alpha2001]", "[@alpha2010]"))],
  ["citation-placement", (tree) => edit(tree, CHAPTER, (t) => t.replace("with other receptors [@beta2002]", "*with other receptors [@beta2002]*"))],
  ["bibliography", (tree) => edit(tree, CONTENT_PATHS.bibliography, (t) => t.replace("  journal = {J Test},\n", ""))],
  ["uncited-references", (tree) => edit(tree, DRUG, (t) => t.replace(" [@gamma2003]", ""))],
  ["internal-links", (tree) => edit(tree, CHAPTER, (t) => t.replace("(/chapters/therapeutics/)", "(/chapters/therapeutic/)"))],
  ["figure-ids", (tree) => edit(tree, THERAPEUTICS, (t) => t.replace('<Figure id="alterations">', '<Figure id="alteration">'))],
  ["figure-data", (tree) => edit(tree, CONTENT_PATHS.figures, (t) => t.replace("number: 1", "number: one"))],
  ["image-alt", (tree) => edit(tree, THERAPEUTICS, (t) => t.replace("![A HER2 dimer]", "![]"))],
  ["glossary", (tree) => edit(tree, CONTENT_PATHS.glossary, append("- term: ADCs\n  definition: The same thing again."))],
  ["entity-names", (tree) => edit(tree, "content/pathways/mapk.mdx", (t) => t.replace("aliases: [MAPK]", "aliases: [MAPK, Herceptin]"))],
  ["review-dates", (tree) => edit(tree, DRUG, (t) => t.replace("lastReviewed: 2026-11-01", "lastReviewed: 2025-10-31"))],
  ["placeholders", (tree) => edit(tree, CHAPTER, append("TODO: the text."))],
  ["editorial", (tree) => edit(tree, CHAPTER, append("<Update>\n\nText.\n\n</Update>"))],
  ["content-safety", (tree) => edit(tree, CHAPTER, append("<script>alert(1)</script>"))],
  ["content-folders", (tree) => ({ ...tree, folders: { ...tree.folders, [CONTENT_PATHS.chapters]: [...tree.folders[CONTENT_PATHS.chapters]!, "08-x.md"] } })],
  ["search-concepts", (tree) => ({ ...tree, searchConcepts: { path: CONTENT_PATHS.searchConcepts, text: "concepts:\n  - name: Drugs\n    url: /drugs/\n" } })],
];

describe("rule names", () => {
  it("CONTRIBUTING.md lists every rule the checker runs, and no other", () => {
    const section = readFileSync("CONTRIBUTING.md", "utf8").split("## Checking: `npm run check`")[1]!.split("\n## ")[0]!;
    const documented = [...section.matchAll(/^\| `([a-z-]+)` \| [^|]{10,} \| (?:error|warning|error or warning) \|$/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(Object.keys(RULES).sort());
  });

  it("a fault of each rule is made below", () => {
    expect(FAULTS.map(([rule]) => rule).sort()).toEqual(Object.keys(RULES).sort());
  });

  it.each(FAULTS)("a %s fault is reported under that name, and every problem by the rule it names", (rule, fault) => {
    const context = { today: TODAY, changes: new Map() };
    const tree = fault(cleanTree());
    const problems = checkContent(tree, context);
    expect(problems.map((p) => p.rule)).toContain(rule);
    const prepared = prepareContent(tree);
    for (const problem of problems) expect(RULES[problem.rule](prepared, context).map(formatProblem)).toContain(formatProblem(problem));
  });
});
