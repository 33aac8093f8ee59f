import { describe, expect, it } from "vitest";
import { checkFrontmatter } from "../../../src/checks/frontmatter.ts";
import { cleanTree, edit, run } from "./helpers.ts";

const CHAPTER = "content/chapters/01-introduction.mdx";
const DRUG = "content/drugs/trastuzumab.mdx";

describe("frontmatter", () => {
  it("names a field of the wrong type, at its line", () => {
    const tree = edit(cleanTree(), CHAPTER, (t) => t.replace("section: 1", 'section: "one"'));
    expect(run(checkFrontmatter, tree)).toEqual([
      `${CHAPTER}:3:1  frontmatter field "section" should be a number, not a string  (write a number without quotes, e.g. 3)  [frontmatter]`,
    ]);
  });

  it("names a missing field", () => {
    const tree = edit(cleanTree(), CHAPTER, (t) => t.replace('title: "Introduction"\n', ""));
    expect(run(checkFrontmatter, tree)).toEqual([
      `${CHAPTER}:1:1  frontmatter field "title" is missing  (add title: … (CONTRIBUTING.md says what it holds))  [frontmatter]`,
    ]);
  });

  it("points at a list item that is too short", () => {
    const tree = edit(cleanTree(), CHAPTER, (t) => t.replace("  - The second key point of the test chapter.", "  - Short."));
    expect(run(checkFrontmatter, tree)).toEqual([
      `${CHAPTER}:9:3  frontmatter field "keyPoints item 2" is too short: expected string to have >=10 characters  (write at least 10 characters)  [frontmatter]`,
    ]);
  });

  it("suggests the field a misspelt one was meant to be", () => {
    const tree = edit(cleanTree(), CHAPTER, (t) => t.replace("lastReviewed: 2026-11-01\n", "lastReviewed: 2026-11-01\nreviewdBy: A. Author\n"));
    expect(run(checkFrontmatter, tree)).toEqual([
      `${CHAPTER}:11:1  frontmatter field "reviewdBy" is not a known field  (did you mean "reviewedBy"?)  [frontmatter]`,
    ]);
  });

  it("checks drug pages against the drug schema", () => {
    const tree = edit(cleanTree(), DRUG, (t) => t.replace("targets: [HER2]", "targets: [HER3]"));
    expect(run(checkFrontmatter, tree)).toEqual([
      `${DRUG}:5:11  frontmatter field "targets item 1" is not one of the allowed values  (use one of: EGFR, HER2, HER4)  [frontmatter]`,
    ]);
  });

  it("reports the drug schema's class rules (an ADC needs a payload)", () => {
    const tree = edit(cleanTree(), DRUG, (t) => t.replace("drugClass: monoclonal-antibody", "drugClass: antibody-drug-conjugate"));
    expect(run(checkFrontmatter, tree)).toEqual([
      `${DRUG}:1:1  frontmatter field "construction": an antibody–drug conjugate needs its construction (linker, drug-to-antibody ratio, source)  (add construction; CONTRIBUTING.md describes every field)  [frontmatter]`,
      `${DRUG}:1:1  frontmatter field "payload": an antibody–drug conjugate needs a payload  (add payload; CONTRIBUTING.md describes every field)  [frontmatter]`,
    ]);
  });

  it("names the line and column of invalid YAML", () => {
    const tree = edit(cleanTree(), CHAPTER, (t) => t.replace("keyPoints:\n", "keyPoints: [\n"));
    const [problem] = run(checkFrontmatter, tree);
    expect(problem).toMatch(new RegExp(`^${CHAPTER}:8:\\d+  the frontmatter is not valid YAML: .+  \\(check the indentation and quoting here; `));
  });
});
