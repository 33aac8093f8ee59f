import { describe, expect, it } from "vitest";
import { checkContent, RULES } from "../../../src/checks/index.ts";
import { prepareContent } from "../../../src/checks/content.ts";
import { readContentTree } from "../../../src/checks/read-tree.ts";
import { cleanTree, TODAY } from "./helpers.ts";

describe("a clean tree", () => {
  it.each(Object.entries(RULES))("has no %s problem", (_name, rule) => {
    expect(rule(prepareContent(cleanTree()), { today: TODAY, changes: new Map() })).toEqual([]);
  });

  it("the real content has no errors", () => {
    // The real content against the real calendar: a page is never reviewed in the future.
    const problems = checkContent(readContentTree("."), { today: new Date().toISOString().slice(0, 10), changes: new Map() });
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
  }, 30_000);
});
