/**
 * Gate: every internal link resolves. From every HTML page of a build, each internal href/src must
 * lead to a file of the build under the deployment base, and each #fragment to an element id of the
 * page it points into. Also follows links from the home page, so a caller can check that every
 * page is reachable (a crawl, not a sample). Pure: it sees the build as a list of files and a reader.
 */
import { parse, type HTMLElement } from "node-html-parser";
import { normalBase } from "../../src/links/base-path.ts";

export interface BuiltSite {
  /** Every file of the build, as paths relative to its root ("chapters/x/index.html", "favicon.svg"). */
  files: Iterable<string>;
  /** The text of an HTML file of the build. */
  readHtml(file: string): string;
  /** The deployment base path ("/", "/her2/"). */
  base: string;
  /** The canonical origin + base ("https://her2-kb.example.org/her2/"): absolute links to it are internal too. */
  siteRoot?: string;
}

export interface LinkProblem {
  page: string;
  link: string;
  problem: string;
}

/** Elements and attributes that point at another resource. */
const LINK_ATTRIBUTES: [selector: string, attribute: string][] = [
  ["a[href]", "href"],
  ["area[href]", "href"],
  ["link[href]", "href"],
  ["img[src]", "src"],
  ["script[src]", "src"],
  ["source[src]", "src"],
  ["iframe[src]", "src"],
  ["form[action]", "action"],
];
/** link rel values whose href is not a resource of this build (checked by page-basics instead). */
const NOT_RESOURCES = new Set(["canonical", "alternate", "preconnect", "dns-prefetch"]);

const LOCAL = "http://site.invalid";

export { normalBase };

/** The URL path a page file is served at ("chapters/x/index.html" → "/base/chapters/x/"). */
export function pagePath(file: string, base: string): string {
  return normalBase(base) + file.replace(/(^|\/)index\.html$/, "$1");
}

/** The links of one page, as written in its attributes. */
export function pageLinks(root: HTMLElement): string[] {
  const links: string[] = [];
  for (const [selector, attribute] of LINK_ATTRIBUTES) {
    for (const element of root.querySelectorAll(selector)) {
      if (element.tagName === "LINK" && (element.getAttribute("rel") ?? "").split(/\s+/).some((rel) => NOT_RESOURCES.has(rel))) continue;
      links.push(element.getAttribute(attribute)!);
    }
  }
  return links;
}

export function pageIds(root: HTMLElement): Set<string> {
  return new Set([...root.querySelectorAll("[id]").map((e) => e.id), ...root.querySelectorAll("a[name]").map((e) => e.getAttribute("name")!)]);
}

type Target = { kind: "external" } | { kind: "file"; file: string; fragment: string } | { kind: "problem"; problem: string };

/** Where a link of a page leads: outside the site, to a file of the build, or nowhere. */
export function resolveLink(link: string, page: string, site: Pick<BuiltSite, "base" | "siteRoot">, files: Set<string>): Target {
  const base = normalBase(site.base);
  const trimmed = link.trim();
  if (trimmed === "") return { kind: "problem", problem: "empty link" };
  if (/^javascript:/i.test(trimmed)) return { kind: "problem", problem: "javascript: URL" };
  if (/^(mailto|tel|data|blob):/i.test(trimmed)) return { kind: "external" };
  let url = new URL(trimmed, LOCAL + pagePath(page, base));
  if (site.siteRoot && url.href.startsWith(site.siteRoot)) url = new URL(base + url.href.slice(site.siteRoot.length), LOCAL);
  if (url.origin !== LOCAL) return { kind: "external" };
  if (trimmed === "#") return { kind: "problem", problem: 'empty fragment ("#" leads nowhere)' };
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (!url.pathname.startsWith(base)) return { kind: "problem", problem: `escapes the base path ${base}` };
  const rest = decodeURIComponent(url.pathname.slice(base.length));
  if (rest === "" || rest.endsWith("/")) {
    return files.has(`${rest}index.html`) ? { kind: "file", file: `${rest}index.html`, fragment } : { kind: "problem", problem: "no such page" };
  }
  if (files.has(rest)) return { kind: "file", file: rest, fragment };
  if (files.has(`${rest}/index.html`)) return { kind: "problem", problem: "no trailing slash (the host would have to redirect)" };
  return { kind: "problem", problem: "no such file" };
}

/** A link that depends on the address of the page it is on ("x/", "../y/"; not "/x/", "#x" or "https:"). */
export function isRelative(link: string): boolean {
  return !/^([a-z][a-z0-9+.-]*:|\/|#|\?)/i.test(link.trim());
}

export interface CrawlResult {
  problems: LinkProblem[];
  /** HTML files reached by following links from the home page. */
  reachable: Set<string>;
  /** Number of internal links checked. */
  checked: number;
}

/** Checks every internal link of every HTML file of a build, and follows links from the home page. */
export function crawlLinks(site: BuiltSite): CrawlResult {
  const files = new Set(site.files);
  const pages = [...files].filter((f) => f.endsWith(".html")).sort();
  const roots = new Map<string, HTMLElement>();
  const rootOf = (file: string) => {
    let root = roots.get(file);
    if (!root) roots.set(file, (root = parse(site.readHtml(file))));
    return root;
  };
  const problems: LinkProblem[] = [];
  const edges = new Map<string, Set<string>>();
  let checked = 0;
  for (const page of pages) {
    const targets = new Set<string>();
    for (const link of pageLinks(rootOf(page))) {
      if (page === "404.html" && isRelative(link)) {
        problems.push({ page, link, problem: "relative link on the 404 page, which the host serves at any missing address" });
        continue;
      }
      const target = resolveLink(link, page, site, files);
      if (target.kind === "external") continue;
      checked++;
      if (target.kind === "problem") {
        problems.push({ page, link, problem: target.problem });
        continue;
      }
      if (!target.file.endsWith(".html")) continue;
      targets.add(target.file);
      if (target.fragment && !pageIds(rootOf(target.file)).has(target.fragment)) {
        problems.push({ page, link, problem: `no element with id "${target.fragment}" in ${target.file}` });
      }
    }
    edges.set(page, targets);
  }
  const reachable = new Set<string>();
  const queue = files.has("index.html") ? ["index.html"] : [];
  while (queue.length) {
    const page = queue.shift()!;
    if (reachable.has(page)) continue;
    reachable.add(page);
    queue.push(...(edges.get(page) ?? []));
  }
  return { problems, reachable, checked };
}

export function formatLinkProblems(problems: LinkProblem[]): string[] {
  return problems.map((p) => `${p.page}: link "${p.link}" — ${p.problem}`);
}
