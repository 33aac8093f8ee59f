import { describe, expect, it } from "vitest";
import { crawlLinks, formatLinkProblems, isRelative, pagePath, resolveLink, type BuiltSite } from "../../gates/links.ts";
import { BASE, SITE_ROOT, fixture, good, goodFiles } from "./fixtures.ts";

/** The good fixture site, optionally with extra pages (site path → fixture file). */
function site(extra: Record<string, string> = {}): BuiltSite {
  return {
    files: [...goodFiles(), ...Object.keys(extra)],
    readHtml: (file) => (extra[file] ? fixture(extra[file]) : good(file)),
    base: BASE,
    siteRoot: SITE_ROOT,
  };
}

describe("the link gate", () => {
  it("passes the good site, where every page is reachable from the home page", () => {
    const result = crawlLinks(site());
    expect(formatLinkProblems(result.problems)).toEqual([]);
    expect(result.checked).toBeGreaterThan(5);
    expect([...result.reachable].sort()).toEqual(["guide/index.html", "index.html"]);
  });

  it("fails a page whose links lead nowhere, naming each link and why", () => {
    const problems = formatLinkProblems(crawlLinks(site({ "broken/index.html": "links-broken.html" })).problems);
    expect(problems).toEqual([
      'broken/index.html: link "/kb/nowhere/" — no such page',
      'broken/index.html: link "/kb/guide/#part-three" — no element with id "part-three" in guide/index.html',
      'broken/index.html: link "#not-on-this-page" — no element with id "not-on-this-page" in broken/index.html',
      'broken/index.html: link "/guide/" — escapes the base path /kb/',
      'broken/index.html: link "/kb/guide" — no trailing slash (the host would have to redirect)',
      'broken/index.html: link "#" — empty fragment ("#" leads nowhere)',
      'broken/index.html: link "https://kb.example.org/kb/gone/" — no such page',
      'broken/index.html: link "/kb/missing.png" — no such file',
    ]);
  });

  it("fails a 404 page with a relative link, which breaks wherever the host serves it", () => {
    const problems = formatLinkProblems(crawlLinks(site({ "404.html": "links-404-relative.html" })).problems);
    expect(problems).toEqual(['404.html: link "guide/" — relative link on the 404 page, which the host serves at any missing address']);
  });

  it("reports a page no link leads to as unreachable", () => {
    const result = crawlLinks(site({ "orphan/index.html": "external-no-rel.html" }));
    expect(result.reachable.has("orphan/index.html")).toBe(false);
  });

  it("resolves under a base path and at the domain root", () => {
    const files = new Set(["index.html", "chapters/x/index.html", "favicon.svg"]);
    expect(resolveLink("/her2/chapters/x/#a", "index.html", { base: "/her2/" }, files)).toEqual({ kind: "file", file: "chapters/x/index.html", fragment: "a" });
    expect(resolveLink("/chapters/x/", "index.html", { base: "/her2/" }, files)).toEqual({ kind: "problem", problem: "escapes the base path /her2/" });
    expect(resolveLink("/chapters/x/", "index.html", { base: "/" }, files)).toMatchObject({ kind: "file", file: "chapters/x/index.html" });
    expect(resolveLink("../../favicon.svg", "chapters/x/index.html", { base: "/" }, files)).toMatchObject({ kind: "file", file: "favicon.svg" });
    expect(resolveLink("https://doi.org/10.1/x", "index.html", { base: "/" }, files)).toEqual({ kind: "external" });
    expect(resolveLink("javascript:alert(1)", "index.html", { base: "/" }, files)).toEqual({ kind: "problem", problem: "javascript: URL" });
    expect(pagePath("chapters/x/index.html", "/her2")).toBe("/her2/chapters/x/");
    expect(pagePath("404.html", "/")).toBe("/404.html");
  });

  it("tells relative links from absolute ones", () => {
    expect(["x/", "../y/", "z.html"].map(isRelative)).toEqual([true, true, true]);
    expect(["/x/", "#x", "?q=1", "https://a.b/", "mailto:a@b.c"].map(isRelative)).toEqual([false, false, false, false, false]);
  });
});
