import { describe, expect, it } from "vitest";
import { robotsProblems, sitemapProblems, sitemapUrls } from "../../gates/sitemap.ts";
import { SITE_ROOT, fixture, good } from "./fixtures.ts";

const expected = { siteRoot: SITE_ROOT, pages: ["", "guide/"] };

describe("the sitemap and robots.txt gate", () => {
  it("passes the good site's files", () => {
    expect(sitemapUrls(good("sitemap.xml"))).toEqual([SITE_ROOT, `${SITE_ROOT}guide/`]);
    expect(sitemapProblems(good("sitemap.xml"), expected)).toEqual([]);
    expect(robotsProblems(good("robots.txt"), expected)).toEqual([]);
  });

  it("fails a sitemap that misses a page, repeats one and lists pages outside the base or never built", () => {
    expect(sitemapProblems(fixture("bad-sitemap.xml"), expected)).toEqual([
      "sitemap lists https://kb.example.org/kb/ twice",
      "sitemap lists https://kb.example.org/guide/, which is not under https://kb.example.org/kb/",
      "sitemap does not list the page https://kb.example.org/kb/guide/",
      "sitemap lists https://kb.example.org/kb/draft/, which is not a page of the build",
    ]);
  });

  it("fails a robots.txt that shuts crawlers out and names a sitemap outside the base", () => {
    expect(robotsProblems(fixture("bad-robots.txt"), expected)).toEqual([
      "robots.txt disallows the whole site",
      "robots.txt should name one sitemap, https://kb.example.org/kb/sitemap.xml (names: https://kb.example.org/sitemap.xml)",
    ]);
  });
});
