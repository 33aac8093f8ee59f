/**
 * Quality gates on the files of the build, for every page: links (a crawl), valid HTML, page basics
 * (one h1, title, description, canonical, OpenGraph), the CSP, external links; and the site files
 * sitemap.xml, robots.txt and _headers. The browser gates are in tests/e2e/quality-gates.test.ts.
 * Each gate is proven to fail on a broken page in tests/unit/gates/.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { htmlFiles } from "../helpers/dist.ts";
import { headersFileProblems, metaCsp, pageCspProblems } from "../gates/csp.ts";
import { externalLinkProblems } from "../gates/external-links.ts";
import { createValidator, htmlValidityProblems } from "../gates/html-validity.ts";
import { crawlLinks, formatLinkProblems, normalBase } from "../gates/links.ts";
import { duplicateTitles, pageBasicsProblems, pageTitle } from "../gates/page-basics.ts";
import { robotsProblems, sitemapProblems } from "../gates/sitemap.ts";
import { site } from "../../src/site.config.ts";
import { BOOK_FILE } from "../../src/book/single-file.ts";
import { mergePolicies, parsePolicy, serializePolicy } from "../../src/seo/headers.ts";

const dist = inject("distDir");
const base = normalBase(inject("base"));
const siteRoot = new URL(base, inject("siteUrl")).href;
const read = (file: string) => readFileSync(join(dist, file), "utf8");

const pages = htmlFiles(dist);
/** A page file's site path relative to the base ("chapters/x/index.html" → "chapters/x/"). */
const sitePath = (file: string) => file.replace(/(^|\/)index\.html$/, "$1");
const allFiles = readdirSync(dist, { recursive: true, encoding: "utf8" }).map((f) => f.split("\\").join("/"));

describe(`the site files, for ${siteRoot}`, () => {
  it("sitemap.xml lists every page of the build but the 404 page, by absolute URL under SITE_URL + base", () => {
    const expected = pages.filter((f) => f !== "404.html").map(sitePath);
    expect(expected.length).toBeGreaterThan(5);
    expect(sitemapProblems(read("sitemap.xml"), { siteRoot, pages: expected })).toEqual([]);
  });

  it("robots.txt points crawlers at the sitemap by absolute URL", () => {
    expect(robotsProblems(read("robots.txt"), { siteRoot })).toEqual([]);
  });

  it("_headers carries the pages' Content-Security-Policy, frame-ancestors 'none' and the security headers", () => {
    // One header serves every page, so it allows what any page's <meta> policy allows (their style hashes differ),
    // and the single-file book's, which the site serves too.
    const policy = serializePolicy(mergePolicies([...pages, BOOK_FILE].flatMap((file) => metaCsp(read(file)).map((m) => parsePolicy(m.policy)))));
    expect(headersFileProblems(read("_headers"), policy)).toEqual([]);
  });
});

describe("links", () => {
  const crawl = crawlLinks({ files: allFiles, readHtml: read, base, siteRoot });

  it("every internal link and #fragment of every page resolves to a file and an element under the base", () => {
    expect(crawl.checked).toBeGreaterThan(pages.length * 10);
    expect(formatLinkProblems(crawl.problems)).toEqual([]);
  });

  it("every page but the 404 page can be reached from the home page by following links", () => {
    expect(pages.filter((f) => f !== "404.html" && !crawl.reachable.has(f))).toEqual([]);
  });
});

describe("every page", () => {
  const validator = createValidator();

  it.each(pages)("%s is valid HTML", (file) => {
    expect(htmlValidityProblems(validator, read(file), file)).toEqual([]);
  });

  it.each(pages)("%s has one h1, a meaningful title and description, and its own canonical URL and OpenGraph tags", (file) => {
    expect(pageBasicsProblems(read(file), { siteTitle: site.title, url: siteRoot + sitePath(file) })).toEqual([]);
  });

  it.each(pages)("%s has a Content-Security-Policy with no inline or eval scripts that lets WebAssembly run", (file) => {
    expect(pageCspProblems(read(file))).toEqual([]);
  });

  it.each(pages)('%s links to other sites with rel="noopener noreferrer"', (file) => {
    expect(externalLinkProblems(read(file), [siteRoot])).toEqual([]);
  });

  it("no two pages share a title", () => {
    expect(duplicateTitles(new Map(pages.map((f) => [f, pageTitle(read(f))])))).toEqual([]);
  });
});
