import { describe, expect, it } from "vitest";
import { headersFile, headerPolicy, mergePolicies, metaPolicies, parsePolicy, serializePolicy } from "../../../src/seo/headers.ts";
import { absoluteUrl, normalBase, robotsTxt, sitemapPaths, sitemapXml } from "../../../src/seo/sitemap.ts";

describe("sitemap.xml and robots.txt", () => {
  it("lists every page but the 404 page, home first, by absolute URL under site + base", () => {
    const paths = sitemapPaths(["404/", "about/", "chapters/b/", "chapters/a/", ""]);
    expect(paths).toEqual(["", "about/", "chapters/a/", "chapters/b/"]);
    expect(paths.map((p) => absoluteUrl("https://kb.example.org", "/her2/", p))).toEqual([
      "https://kb.example.org/her2/",
      "https://kb.example.org/her2/about/",
      "https://kb.example.org/her2/chapters/a/",
      "https://kb.example.org/her2/chapters/b/",
    ]);
    expect(absoluteUrl("https://kb.example.org/", "/", "about/")).toBe("https://kb.example.org/about/");
  });

  it("normalises a base path", () => {
    expect(["/", "", "/her2", "her2/", "/her2/"].map(normalBase)).toEqual(["/", "/", "/her2/", "/her2/", "/her2/"]);
  });

  it("writes a sitemap with escaped URLs and a robots.txt naming it", () => {
    expect(sitemapXml(["https://a.org/?x=1&y=2"])).toContain("<loc>https://a.org/?x=1&amp;y=2</loc>");
    expect(sitemapXml(["https://a.org/"])).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
    );
    expect(robotsTxt("https://a.org/her2/sitemap.xml")).toBe("User-agent: *\nAllow: /\n\nSitemap: https://a.org/her2/sitemap.xml\n");
  });
});

describe("_headers", () => {
  const page = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-A='"></head>`;

  it("reads the policy of a page's meta tag", () => {
    expect(metaPolicies(page)).toEqual(["default-src 'self'; script-src 'self' 'sha256-A='"]);
    expect(metaPolicies("<head><meta name=description content=x></head>")).toEqual([]);
  });

  it("merges the pages' policies into one that allows what each allows", () => {
    const merged = mergePolicies([
      parsePolicy("default-src 'self'; script-src 'self' 'sha256-A='"),
      parsePolicy("default-src 'self'; script-src 'self' 'sha256-B='"),
    ]);
    expect(serializePolicy(merged)).toBe("default-src 'self'; script-src 'self' 'sha256-A=' 'sha256-B='");
  });

  it("adds frame-ancestors 'none' to the header policy, and the headers a meta tag cannot set", () => {
    expect(serializePolicy(headerPolicy(parsePolicy("default-src 'self'")))).toBe("default-src 'self'; frame-ancestors 'none'");
    expect(headersFile(parsePolicy("default-src 'self'"))).toBe(
      "/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n  X-Frame-Options: DENY\n",
    );
  });
});
