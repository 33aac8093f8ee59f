import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkContent } from "../../../src/checks/index.ts";
import { formatProblem } from "../../../src/checks/problem.ts";
import { readContentTree } from "../../../src/checks/read-tree.ts";

let root: string | undefined;
afterEach(() => root && rmSync(root, { recursive: true, force: true }));

describe("checkContent", () => {
  it("lists a fault two rules meet once: a drug page's frontmatter, which Figure 3 reads too", () => {
    root = mkdtempSync(join(tmpdir(), "her2-check-"));
    cpSync("content", join(root, "content"), { recursive: true });
    const file = join(root, "content/drugs/tucatinib.mdx");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^firstFdaApproval: \d+$/m, "firstFdaApproval: soon"));
    const problems = checkContent(readContentTree(root), { today: "2026-12-01", changes: new Map() }).map(formatProblem);
    expect(problems.filter((p) => p.includes('"firstFdaApproval"'))).toEqual([expect.stringMatching(/^content\/drugs\/tucatinib\.mdx:\d+:1 {2}/)]);
  }, 20_000); // a copy of the whole content, checked by every rule: slow on a loaded machine
});
