import { describe, expect, it } from "vitest";
import { pageProvenance } from "../../../src/provenance/page-provenance.ts";

describe("pageProvenance", () => {
  it("gives a committed content file's last change and its edit link", () => {
    expect(pageProvenance("content/drugs/trastuzumab.mdx", "https://example.org/kb/")).toEqual({
      lastChanged: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      editUrl: "https://example.org/kb/edit/main/content/drugs/trastuzumab.mdx",
    });
  });

  it("leaves out what it cannot know: a file git has never seen, a repository not configured, no file", () => {
    expect(pageProvenance("content/drugs/not-a-page.mdx", "https://example.org/kb")).toEqual({
      editUrl: "https://example.org/kb/edit/main/content/drugs/not-a-page.mdx",
    });
    expect(pageProvenance("content/drugs/trastuzumab.mdx", "")).toEqual({ lastChanged: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(pageProvenance(undefined, "https://example.org/kb")).toEqual({});
  });
});
