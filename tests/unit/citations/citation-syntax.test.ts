import { describe, expect, it } from "vitest";
import { findCitations, renameCitationKeys } from "../../../src/citations/citation-syntax.ts";

describe("findCitations", () => {
  it("finds single and multi-key clusters with their offsets", () => {
    const text = "A [@a2001]. B [@b2002; @c2003].";
    expect(findCitations(text)).toEqual([
      { keys: ["a2001"], start: 2, end: 10 },
      { keys: ["b2002", "c2003"], start: 14, end: 30 },
    ]);
  });

  it("ignores brackets without keys and e-mail addresses", () => {
    expect(findCitations("[a link](x) and [1] and mail me@example.org")).toEqual([]);
  });
});

describe("renameCitationKeys", () => {
  it("renames keys inside clusters only", () => {
    expect(renameCitationKeys("x@old [@old; @keep] [@old]", (k) => (k === "old" ? "new" : k))).toBe("x@old [@new; @keep] [@new]");
  });
});
