import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkFigureData } from "../../../src/checks/figure-data.ts";
import { prepareContent } from "../../../src/checks/content.ts";
import { checkFrontmatter } from "../../../src/checks/frontmatter.ts";
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

  it("draws Figure 3 from the drug pages it has read, not from the folder", () => {
    const tree = readContentTree(".");
    const tucatinib = tree.drugs.find((f) => f.path === "content/drugs/tucatinib.mdx")!;
    tucatinib.text = tucatinib.text.replace(/^firstFdaApproval: \d+$/m, "firstFdaApproval: 2031");
    expect(checkFigureData(prepareContent(tree)).map(formatProblem)).toEqual([
      expect.stringMatching(
        /^content\/figures\.yaml:1:1 {2}figure "drug-timeline" cannot be drawn: drug "tucatinib" \(content\/drugs\/tucatinib\.mdx\): first FDA approval 2031 is outside/,
      ),
    ]);
  });

  it("leaves a drug page with bad frontmatter to the frontmatter rule, and draws Figure 3 from the others", () => {
    const tree = readContentTree(".");
    const tucatinib = tree.drugs.find((f) => f.path === "content/drugs/tucatinib.mdx")!;
    tucatinib.text = tucatinib.text.replace(/^firstFdaApproval: \d+$/m, "firstFdaApproval: soon");
    const content = prepareContent(tree);
    expect(checkFigureData(content)).toEqual([]);
    expect(checkFrontmatter(content).map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/drugs\/tucatinib\.mdx:\d+:1 {2}frontmatter field "firstFdaApproval" should be a number/),
    ]);
  });

  it("names a figure number that is not a number, at its line", () => {
    const problems = checkWith("content/figures.yaml", (t) => t.replace("number: 1", "number: one"));
    expect(problems).toEqual([expect.stringMatching(/^content\/figures\.yaml:4:11 {2}number: Invalid input: expected number/)]);
  });
});
