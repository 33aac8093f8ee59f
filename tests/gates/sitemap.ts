/**
 * Gate: sitemap.xml lists every page of the build (and nothing else) by its absolute URL under
 * SITE_URL + base, and robots.txt points crawlers at it. Pure.
 */
import { parse } from "node-html-parser";

/** The <loc> URLs of a sitemap. */
export function sitemapUrls(xml: string): string[] {
  return parse(xml)
    .querySelectorAll("loc")
    .map((loc) => loc.text.trim());
}

export interface SitemapExpectations {
  /** SITE_URL + base, with a trailing slash ("https://her2-kb.example.org/her2/"). */
  siteRoot: string;
  /** The built pages that must be listed, as site paths relative to the base ("", "chapters/x/"). */
  pages: string[];
}

export function sitemapProblems(xml: string, expected: SitemapExpectations): string[] {
  const problems: string[] = [];
  if (!/<urlset\b[^>]*xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9"/.test(xml))
    problems.push("sitemap.xml is not a <urlset> in the sitemaps.org namespace");
  const urls = sitemapUrls(xml);
  const listed = new Set<string>();
  for (const url of urls) {
    if (!url.startsWith(expected.siteRoot)) problems.push(`sitemap lists ${url}, which is not under ${expected.siteRoot}`);
    else if (listed.has(url)) problems.push(`sitemap lists ${url} twice`);
    listed.add(url);
  }
  const wanted = new Set(expected.pages.map((p) => expected.siteRoot + p));
  for (const url of wanted) if (!listed.has(url)) problems.push(`sitemap does not list the page ${url}`);
  for (const url of listed) if (url.startsWith(expected.siteRoot) && !wanted.has(url)) problems.push(`sitemap lists ${url}, which is not a page of the build`);
  return problems;
}

export function robotsProblems(robots: string, expected: { siteRoot: string }): string[] {
  const sitemaps = [...robots.matchAll(/^sitemap:\s*(\S+)\s*$/gim)].map((m) => m[1]);
  const want = `${expected.siteRoot}sitemap.xml`;
  const problems: string[] = [];
  if (!/^user-agent:/im.test(robots)) problems.push("robots.txt has no User-agent line");
  if (/^disallow:\s*\/\s*$/im.test(robots)) problems.push("robots.txt disallows the whole site");
  if (sitemaps.length !== 1 || sitemaps[0] !== want) problems.push(`robots.txt should name one sitemap, ${want} (names: ${sitemaps.join(", ") || "none"})`);
  return problems;
}
