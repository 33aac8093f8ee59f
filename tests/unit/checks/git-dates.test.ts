import { describe, expect, it } from "vitest";
import { dayOf, parseGitLog } from "../../../src/provenance/git-dates.ts";
import { editLink } from "../../../src/provenance/edit-link.ts";

describe("git dates", () => {
  it("takes each file's newest commit from `git log --format=%x1e%aI --name-only`", () => {
    const output = [
      "\x1e2026-11-20T10:00:00+01:00\n\ncontent/chapters/01-introduction.mdx\ncontent/references.bib\n",
      "\x1e2026-10-01T09:00:00+00:00\n\ncontent/chapters/01-introduction.mdx\ncontent/chapters/02-signalling.mdx\n",
    ].join("");
    expect(parseGitLog(output)).toEqual(
      new Map([
        ["content/chapters/01-introduction.mdx", "2026-11-20T10:00:00+01:00"],
        ["content/references.bib", "2026-11-20T10:00:00+01:00"],
        ["content/chapters/02-signalling.mdx", "2026-10-01T09:00:00+00:00"],
      ]),
    );
    expect(parseGitLog("")).toEqual(new Map());
  });

  it("keeps the author's calendar day", () => {
    expect(dayOf("2026-11-20T23:30:00-05:00")).toBe("2026-11-20");
  });

  it("links to the file in the repository's editor", () => {
    expect(editLink("https://github.com/her2-kb/her2-knowledge-base/", "content/drugs/tucatinib.mdx")).toBe(
      "https://github.com/her2-kb/her2-knowledge-base/edit/main/content/drugs/tucatinib.mdx",
    );
  });
});
