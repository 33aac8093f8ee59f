import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkFigureData } from "../../../src/checks/figure-data.ts";
import { prepareContent } from "../../../src/checks/content.ts";
import { formatProblem } from "../../../src/checks/problem.ts";
import { readContentTree } from "../../../src/checks/read-tree.ts";

let root: string | undefined;
afterEach(() => root && rmSync(root, { recursive: true, force: true }));

/** A copy of the real content with one file changed, checked as `npm run check --root` would. */
function checkWith(file: string, change: (text: string) => string): string[] {
  root = mkdtempSync(join(tmpdir(), "her2-figures-"));
  cpSync("content", join(root, "content"), { recursive: true });
  writeFileSync(join(root, file), change(readFileSync(join(root, file), "utf8")));
  return checkFigureData(prepareContent(readContentTree(root))).map(formatProblem);
}

describe("figure-data", () => {
  it("draws every figure of the real content", () => {
    expect(checkFigureData(prepareContent(readContentTree(".")))).toEqual([]);
  });

  it("names a figure edge that points at no node, as the build does", () => {
    const problems = checkWith("content/figures/signalling-network.yaml", (t) => t.replace(/to: [a-z0-9-]+/, "to: nowhere"));
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/figures\/signalling-network\.yaml:\d+:\d+ {2}edges\[0\]\.to: edge [a-z0-9-]+->nowhere points at "nowhere", which is no node or region id {2}\(/,
      ),
    ]);
  });

  it("names a drug page Figure 3 cannot read once, at the page, as the frontmatter rule does", () => {
    const problems = checkWith("content/drugs/tucatinib.mdx", (t) => t.replace(/^firstFdaApproval: \d+$/m, "firstFdaApproval: soon"));
    expect(problems).toEqual([expect.stringMatching(/^content\/drugs\/tucatinib\.mdx:\d+:1 {2}frontmatter field "firstFdaApproval" should be a number/)]);
  }, 20_000); // a copy of the whole content: slow on a loaded machine

  it("names a figure number that is not a number, at its line", () => {
    const problems = checkWith("content/figures.yaml", (t) => t.replace("number: 1", "number: one"));
    expect(problems).toEqual([expect.stringMatching(/^content\/figures\.yaml:4:11 {2}number: Invalid input: expected number/)]);
  });
});
