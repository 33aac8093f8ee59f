/**
 * The book page as one self-contained HTML file, to download and open from disk with no network:
 * stylesheets inlined, the site's scripts replaced by one inline script (citation previews; the
 * glossary's inline Esc handler stays), site links made absolute, and a CSP that allows exactly
 * the file's own inline scripts and styles by hash. Anything left that would load from outside
 * the file is an error, not a silent request.
 */
import { createHash } from "node:crypto";
import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { toString } from "hast-util-to-string";
import { CONTINUE, SKIP, visit } from "unist-util-visit";
import { parsePolicy, serializePolicy } from "../seo/headers.ts";
import { sitePaths } from "../links/site-paths.ts";

/** The file's name in the build, beside the site's pages. */
export const BOOK_FILE = sitePaths.bookFile().slice(1);
/** The PDF `npm run book:pdf` prints from it. */
export const BOOK_PDF = "her2-knowledge-base.pdf";

export interface SingleFileOptions {
  /** The CSS of a stylesheet the page links ("/base/_astro/x.css"). */
  stylesheet(href: string): string;
  /** The classic script that replaces the page's module scripts. */
  script: string;
  /** The deployment base path, in its normal form ("/", "/her2/"). */
  base: string;
  /** The site's absolute root (origin + base), for the links that lead to the site. */
  siteRoot: string;
}

/** Link relations that load something (or would be fetched by a browser) and have no place offline. */
const LOADING_LINKS = /\b(icon|sitemap|modulepreload|preload|prefetch|manifest)\b/;

export function singleFileHtml(html: string, options: SingleFileOptions): string {
  const tree = fromHtml(html);
  let csp: Element | undefined;
  visit(tree, "element", (node, index, parent) => {
    if (!parent || index === undefined) return;
    const remove = (): [typeof SKIP, number] => {
      parent.children.splice(index, 1);
      return [SKIP, index];
    };
    const rel = String(node.properties.rel ?? "").replaceAll(",", " ");
    if (node.tagName === "meta" && String(node.properties.httpEquiv).toLowerCase() === "content-security-policy") csp = node;
    if (node.tagName === "link" && /\bstylesheet\b/.test(rel)) {
      parent.children[index] = element("style", [options.stylesheet(String(node.properties.href))]);
      return SKIP;
    }
    if ((node.tagName === "link" && LOADING_LINKS.test(rel)) || (node.tagName === "script" && node.properties.src !== undefined)) return remove();
    // Search needs the site's index over HTTP: offline the header's search box could only fail.
    if (node.tagName === "form" && (node.properties.role === "search" || String(node.properties.className).includes("site-search"))) return remove();
    for (const name of ["href", "action"] as const) {
      const value = node.properties[name];
      if (typeof value === "string" && value.startsWith(options.base) && !value.startsWith("//"))
        node.properties[name] = options.siteRoot + value.slice(options.base.length);
    }
    return CONTINUE;
  });
  const body = findElement(tree, "body");
  if (options.script.includes("</script")) throw new Error(`${BOOK_FILE}: the inline script contains "</script", which would end it early`);
  body.children.push(element("script", [options.script]));
  if (!csp) throw new Error(`${BOOK_FILE}: the book page has no Content-Security-Policy <meta> tag`);
  csp.properties.content = filePolicy(tree, String(csp.properties.content));
  const problems = outsideResources(tree);
  if (problems.length) throw new Error(`${BOOK_FILE} would load from outside itself:\n  ${problems.join("\n  ")}`);
  // Quotes unescaped in attributes, as Astro writes them: the _headers integration reads the policy back.
  return toHtml(tree, { allowDangerousCharacters: true });
}

/**
 * The page's own policy, with script-src and style-src allowing the file's inline scripts and
 * styles by hash (never 'unsafe-inline'), so the file carries the site's rules wherever it opens.
 */
function filePolicy(tree: Root, pagePolicy: string): string {
  const hashes = { script: [] as string[], style: [] as string[] };
  visit(tree, "element", (node) => {
    if (node.tagName === "style") hashes.style.push(hash(toString(node)));
    if (node.tagName === "script" && node.properties.type !== "application/ld+json") hashes.script.push(hash(toString(node)));
  });
  const policy = parsePolicy(pagePolicy);
  for (const kind of ["script", "style"] as const) {
    const kept = (policy.get(`${kind}-src`) ?? ["'self'"]).filter((source) => !source.startsWith("'sha"));
    policy.set(`${kind}-src`, [...kept, ...new Set(hashes[kind])]);
  }
  return serializePolicy(policy);
}

const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

/** Every attribute or CSS url() left that a browser would fetch. */
function outsideResources(tree: Root): string[] {
  const problems: string[] = [];
  visit(tree, "element", (node) => {
    for (const name of ["src", "srcSet", "poster", "data"] as const) {
      if (node.properties[name] !== undefined) problems.push(`<${node.tagName} ${name}="${String(node.properties[name])}">`);
    }
    if (node.tagName === "link") problems.push(`<link rel="${String(node.properties.rel)}" href="${String(node.properties.href)}">`);
    if (node.tagName === "style") {
      for (const [url] of toString(node).matchAll(/url\((?!\s*["']?(?:data:|#))[^)]*\)/g)) problems.push(`a stylesheet's ${url}`);
    }
  });
  return problems.filter((problem) => !problem.startsWith('<link rel="canonical"'));
}

function findElement(tree: Root, tagName: string): Element {
  let found: Element | undefined;
  visit(tree, "element", (node) => {
    if (node.tagName === tagName) found ??= node;
  });
  if (!found) throw new Error(`${BOOK_FILE}: the book page has no <${tagName}>`);
  return found;
}

function element(tagName: string, text: string[]): Element {
  return { type: "element", tagName, properties: {}, children: text.map((value) => ({ type: "text", value })) };
}
