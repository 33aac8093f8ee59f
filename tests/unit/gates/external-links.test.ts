import { describe, expect, it } from "vitest";
import { externalLinkProblems } from "../../gates/external-links.ts";
import { SITE_ROOT, fixture, good } from "./fixtures.ts";

describe("the external-links gate", () => {
  it("passes the good pages", () => {
    expect(externalLinkProblems(good("index.html"), [SITE_ROOT])).toEqual([]);
    expect(externalLinkProblems(good("guide/index.html"), [SITE_ROOT])).toEqual([]);
  });

  it('fails links to other sites without rel="noopener noreferrer", but not links to the site itself', () => {
    expect(externalLinkProblems(fixture("external-no-rel.html"), [SITE_ROOT, "http://127.0.0.1:4321/"])).toEqual([
      'external link https://example.com/a lacks rel="noopener noreferrer"',
      'external link https://example.com/b lacks rel="noreferrer"',
      'external link //example.net/c lacks rel="noopener"',
    ]);
  });
});
