import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../../src/checks/problem.ts";
import { scanEditorial } from "../../../src/editorial/editorial-rules.ts";

const KNOWN = new Set(["fda-label-herceptin", "nejm-trial"]);
const parse = (mdx: string) => unified().use(remarkParse).use(remarkMdx).parse(mdx);
const scan = (mdx: string, frontmatter?: string) =>
  scanEditorial({ file: "content/drugs/x.mdx", tree: parse(mdx), ...(frontmatter ? { frontmatter: { yaml: frontmatter, firstLine: 1 } } : {}) }, KNOWN);
const messages = (mdx: string, frontmatter?: string) => scan(mdx, frontmatter).problems.map(formatProblem);

describe("editorial rules", () => {
  it("accepts a correction and an update that name known sources and say what the review says", () => {
    const result = scan(
      'Text.\n\n<Correction review="The review says HER4 is a weak kinase." sources="nejm-trial">\n\nIt is active.\n\n</Correction>\n\n<Update sources="fda-label-herceptin nejm-trial">\n\nSince 2010.\n\n</Update>\n',
    );
    expect(result.problems).toEqual([]);
    expect(result.blocks.map((b) => [b.name, b.sources])).toEqual([
      ["Correction", ["nejm-trial"]],
      ["Update", ["fda-label-herceptin", "nejm-trial"]],
    ]);
    expect(result.sourceIds).toEqual(["nejm-trial", "fda-label-herceptin"]);
  });

  it.each([
    ["<Update>\n\nText.\n\n</Update>", "content/drugs/x.mdx:1:1  <Update> has no sources"],
    ['<Update sources="">\n\nText.\n\n</Update>', "content/drugs/x.mdx:1:1  <Update> has no sources"],
    ["<Update sources={ids}>\n\nText.\n\n</Update>", "<Update> sources must be plain text, not an expression"],
    [
      'Intro.\n\n<Update sources="nejm-trail">\n\nText.\n\n</Update>',
      'content/drugs/x.mdx:3:1  unknown editorial source "nejm-trail"  (did you mean "nejm-trial"?',
    ],
    ['<Correction sources="nejm-trial">\n\nText.\n\n</Correction>', "a <Correction> must say what the review says"],
    ['<Correction review="short" sources="nejm-trial">\n\nText.\n\n</Correction>', "a <Correction> must say what the review says"],
    ['<Update sources="nejm-trial"></Update>', "<Update> is empty"],
  ])("rejects %j", (mdx, expected) => {
    expect(messages(mdx).join("\n")).toContain(expected);
  });

  it("checks every source named in the frontmatter, at its line, and numbers them first", () => {
    const yaml = "\nname: X\nlabelSource: fda-label-herceptin\nindications:\n  - use: A use\n    source: nejm-trail\nmechanismSources: [nejm-trial]\n";
    const result = scan('<Update sources="fda-label-herceptin">\n\nText.\n\n</Update>', yaml);
    expect(result.problems.map(formatProblem)).toEqual([
      'content/drugs/x.mdx:6:13  unknown editorial source "nejm-trail"  (did you mean "nejm-trial"? Sources are the ids in content/editorial-sources/*.yaml)  [editorial]',
    ]);
    expect(result.sourceIds).toEqual(["fda-label-herceptin", "nejm-trial"]);
  });

  it("ignores other components", () => {
    expect(messages("<Note>\n\nA note.\n\n</Note>")).toEqual([]);
  });
});

describe("editorial rules: frontmatter fields that are not source ids", () => {
  it("leaves a TKI's reversibility.source (review | public-data) alone", () => {
    const yaml = "\nname: X\nreversibility: { binding: irreversible, source: public-data }\nlabelSource: fda-label-herceptin\n";
    expect(scan('<Update sources="nejm-trial">\n\nText.\n\n</Update>', yaml).problems).toEqual([]);
  });
});
