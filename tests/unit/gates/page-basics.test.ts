import { describe, expect, it } from "vitest";
import { duplicateTitles, pageBasicsProblems } from "../../gates/page-basics.ts";
import { SITE_ROOT, SITE_TITLE, fixture, good } from "./fixtures.ts";

describe("the page-basics gate", () => {
  it("passes the good pages", () => {
    expect(pageBasicsProblems(good("index.html"), { siteTitle: SITE_TITLE, url: SITE_ROOT })).toEqual([]);
    expect(pageBasicsProblems(good("guide/index.html"), { siteTitle: SITE_TITLE, url: `${SITE_ROOT}guide/` })).toEqual([]);
  });

  it("fails a page with two h1, a bare title, a short description and wrong addresses", () => {
    expect(pageBasicsProblems(fixture("page-basics-broken.html"), { siteTitle: SITE_TITLE, url: `${SITE_ROOT}guide/` })).toEqual([
      "<html> has no lang attribute",
      'has 2 <h1> elements, expected exactly 1: "First heading", "Second heading"',
      'title "Example KB" is only the site\'s name; say what the page is',
      'description "Too short." is shorter than 50 characters',
      'canonical URL is "/kb/guide/", expected "https://kb.example.org/kb/guide/"',
      'og:url is "https://kb.example.org/guide/", expected "https://kb.example.org/kb/guide/"',
      "needs exactly one non-empty og:title (has 0)",
    ]);
  });

  it("fails the good page checked against another address (its canonical is not its own)", () => {
    expect(pageBasicsProblems(good("index.html"), { siteTitle: SITE_TITLE, url: `${SITE_ROOT}guide/` })).toContain(
      'canonical URL is "https://kb.example.org/kb/", expected "https://kb.example.org/kb/guide/"',
    );
  });

  it("fails a noindex page that declares a canonical URL", () => {
    expect(pageBasicsProblems(fixture("page-basics-noindex-canonical.html"), { siteTitle: SITE_TITLE, url: `${SITE_ROOT}404.html` })).toEqual([
      "is noindex but declares a canonical URL (https://kb.example.org/kb/404/)",
    ]);
  });

  it("finds titles shared by several pages", () => {
    expect(
      duplicateTitles(
        new Map([
          ["a/", "One · KB"],
          ["b/", "Two · KB"],
          ["c/", "One · KB"],
        ]),
      ),
    ).toEqual(['title "One · KB" is used by a/, c/']);
    expect(
      duplicateTitles(
        new Map([
          ["a/", "One · KB"],
          ["b/", "Two · KB"],
        ]),
      ),
    ).toEqual([]);
  });
});
