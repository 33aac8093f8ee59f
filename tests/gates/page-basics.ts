/**
 * Gate: what every page of a reference site must declare. One h1; a title that says more than the
 * site's name; a description a search result can show; a canonical URL and og:url that are this
 * page's own absolute address under SITE_URL + base; OpenGraph title, description and type. Pure.
 */
import { parse } from "node-html-parser";

export const MIN_TITLE = 10;
export const MIN_DESCRIPTION = 50;

export interface PageExpectations {
  /** The site's name, which a page title must say more than. */
  siteTitle: string;
  /** The page's own absolute URL on the deployed site ("https://her2-kb.example.org/her2/chapters/x/"). */
  url: string;
}

export function pageBasicsProblems(html: string, expected: PageExpectations): string[] {
  const root = parse(html);
  const problems: string[] = [];
  const meta = (selector: string) => root.querySelectorAll(selector).map((e) => e.getAttribute("content")?.trim() ?? "");

  if (!root.querySelector("html")?.getAttribute("lang")) problems.push("<html> has no lang attribute");

  const h1s = root.querySelectorAll("h1");
  if (h1s.length !== 1)
    problems.push(`has ${h1s.length} <h1> elements, expected exactly 1${h1s.length ? `: ${h1s.map((h) => JSON.stringify(h.text.trim())).join(", ")}` : ""}`);
  else if (!h1s[0]!.text.trim()) problems.push("its <h1> is empty");

  // The document's own <title>, not the <title>s that name inline SVG drawings.
  const titles = root.querySelectorAll("head > title");
  const title = titles[0]?.text.trim() ?? "";
  if (titles.length !== 1) problems.push(`has ${titles.length} <title> elements, expected 1`);
  if (title.length < MIN_TITLE) problems.push(`title ${JSON.stringify(title)} is shorter than ${MIN_TITLE} characters`);
  const ownWords = title.replace(expected.siteTitle, "").replace(/^[\s·|:–—-]+|[\s·|:–—-]+$/g, "");
  if (ownWords.length === 0) problems.push(`title ${JSON.stringify(title)} is only the site's name; say what the page is`);

  const descriptions = meta('meta[name="description"]');
  if (descriptions.length !== 1) problems.push(`has ${descriptions.length} meta descriptions, expected 1`);
  else if (descriptions[0]!.length < MIN_DESCRIPTION)
    problems.push(`description ${JSON.stringify(descriptions[0])} is shorter than ${MIN_DESCRIPTION} characters`);

  const noindex = meta('meta[name="robots"]').some((c) => /noindex/i.test(c));
  const canonicals = root.querySelectorAll('link[rel="canonical"]').map((e) => e.getAttribute("href") ?? "");
  const ogUrls = meta('meta[property="og:url"]');
  if (noindex) {
    // A noindex page (404) is served at any missing address: it has no address of its own to declare.
    if (canonicals.length) problems.push(`is noindex but declares a canonical URL (${canonicals.join(", ")})`);
  } else {
    if (canonicals.length !== 1) problems.push(`has ${canonicals.length} canonical links, expected 1`);
    else if (canonicals[0] !== expected.url) problems.push(`canonical URL is ${JSON.stringify(canonicals[0])}, expected ${JSON.stringify(expected.url)}`);
    if (ogUrls.length !== 1) problems.push(`has ${ogUrls.length} og:url tags, expected 1`);
    else if (ogUrls[0] !== expected.url) problems.push(`og:url is ${JSON.stringify(ogUrls[0])}, expected ${JSON.stringify(expected.url)}`);
  }
  for (const property of ["og:title", "og:description", "og:type"]) {
    const values = meta(`meta[property="${property}"]`);
    if (values.length !== 1 || !values[0]) problems.push(`needs exactly one non-empty ${property} (has ${values.length})`);
  }
  return problems;
}

/** Titles shared by more than one page: a reader with several tabs (or a search engine) cannot tell them apart. */
export function duplicateTitles(titles: Map<string, string>): string[] {
  const byTitle = new Map<string, string[]>();
  for (const [page, title] of titles) byTitle.set(title, [...(byTitle.get(title) ?? []), page]);
  return [...byTitle].filter(([, pages]) => pages.length > 1).map(([title, pages]) => `title ${JSON.stringify(title)} is used by ${pages.join(", ")}`);
}

export function pageTitle(html: string): string {
  return parse(html).querySelector("head > title")?.text.trim() ?? "";
}
