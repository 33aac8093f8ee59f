import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parse } from "node-html-parser";
import { singleFileHtml, type SingleFileOptions } from "../../../src/book/single-file.ts";

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="content-security-policy" content="default-src 'self'; object-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-old='; style-src 'self'">
<link rel="canonical" href="https://example.org/her2/book/"><link rel="icon" href="/her2/favicon.svg"><link rel="sitemap" href="/her2/sitemap.xml">
<link rel="stylesheet" href="/her2/_astro/site.css"><script type="module" src="/her2/_astro/bootstrap.js"></script></head>
<body><header><a href="/her2/">Home</a><form class="site-search" role="search" action="/her2/search/"><input name="q"></form></header>
<main><a href="#introduction">1</a><a href="https://doi.org/10.1/x" rel="noopener noreferrer">doi</a></main>
<script type="module">document.title = "it's on";</script></body></html>`;

const options: SingleFileOptions = {
  stylesheet: (href) => (href === "/her2/_astro/site.css" ? "body { color: #123; }" : ""),
  script: 'console.log("previews")',
  base: "/her2/",
  siteRoot: "https://example.org/her2/",
};
const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("singleFileHtml", () => {
  const html = singleFileHtml(PAGE, options);
  const root = parse(html);

  it("inlines the stylesheets and replaces the module scripts by the given script", () => {
    expect(root.querySelectorAll("style").map((s) => s.text)).toEqual(["body { color: #123; }"]);
    expect(root.querySelectorAll("script[src], link[rel=stylesheet]")).toHaveLength(0);
    expect(root.querySelectorAll("script").map((s) => s.text)).toEqual(['document.title = "it\'s on";', 'console.log("previews")']);
  });

  it("leaves nothing that loads from outside the file: no icon, sitemap link or search form", () => {
    expect(root.querySelectorAll("link").map((l) => l.getAttribute("rel"))).toEqual(["canonical"]);
    expect(root.querySelector("form")).toBeNull();
  });

  it("makes site links absolute and keeps fragments and other sites' links", () => {
    expect(root.querySelectorAll("a").map((a) => a.getAttribute("href"))).toEqual(["https://example.org/her2/", "#introduction", "https://doi.org/10.1/x"]);
  });

  it("keeps the page's policy, allowing exactly the file's inline scripts and styles by hash, in place", () => {
    const policy = root.querySelector('meta[http-equiv="content-security-policy" i]')!.getAttribute("content")!;
    expect(policy).toBe(
      `default-src 'self'; object-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${sha('document.title = "it\'s on";')} ${sha('console.log("previews")')}; style-src 'self' ${sha("body { color: #123; }")}`,
    );
    expect(html).not.toContain("&#x27;");
    // In place: before the stylesheets and scripts it governs, right after the charset.
    expect(root.querySelectorAll("head > *").map((e) => e.getAttribute("http-equiv") ?? e.tagName)).toEqual([
      "META",
      "content-security-policy",
      "LINK",
      "STYLE",
    ]);
  });

  it("refuses a page that would still load something from outside", () => {
    expect(() => singleFileHtml(PAGE.replace("<main>", '<main><img src="/her2/x.png" alt="">'), options)).toThrow(
      /would load from outside itself:\n {2}<img src="\/her2\/x.png">/,
    );
    expect(() => singleFileHtml(PAGE, { ...options, stylesheet: () => "body { background: url(/her2/bg.png) }" })).toThrow(/url\(\/her2\/bg.png\)/);
  });

  it("refuses a script that would end its own element", () => {
    expect(() => singleFileHtml(PAGE, { ...options, script: 'x = "</script>"' })).toThrow(/<\/script/);
  });
});
