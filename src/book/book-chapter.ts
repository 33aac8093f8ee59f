/**
 * One chapter's rendered HTML made fit for the book, where all seven share a page: every id gets
 * the chapter's prefix (and so does every reference to an id), links to a chapter page lead to
 * that chapter inside the book, headings go one level down under the book's title, and every link
 * out of the book gets a numbered note, listed at the chapter's end, for paper.
 */
import type { Element, ElementContent, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { SKIP, visit } from "unist-util-visit";
import { chapterAnchor, chapterTitleId, idPrefix } from "./id-prefix.ts";

export interface BookChapterOptions {
  slug: string;
  /** Every chapter in the book, by slug: their pages' links become links inside the book. */
  chapterSlugs: readonly string[];
  /** The deployment base path, in its normal form ("/", "/her2/"). */
  base: string;
  /** The site's absolute root (origin + base): the link notes print absolute addresses. */
  siteRoot: string;
  /** The chapter's number, for the heading of its link notes. */
  section: number;
}

/** hast properties holding one id or a space-separated list of ids. */
const ID_REFERENCES = new Set([
  "htmlFor",
  "headers",
  "form",
  "list",
  "ariaLabelledBy",
  "ariaDescribedBy",
  "ariaControls",
  "ariaOwns",
  "ariaDetails",
  "ariaFlowTo",
]);
const LINK_PROPERTIES = new Set(["href", "xLinkHref"]);
/** Elements that are landmarks when named. */
const LANDMARKS = new Set(["aside", "section", "nav"]);

export function bookChapterHtml(html: string, options: BookChapterOptions): string {
  const tree = fromHtml(html, { fragment: true });
  const prefix = idPrefix(options.slug);
  const chapterLink = chapterLinkRewriter(options);
  const titleId = chapterTitleId(options.slug);
  visit(tree, "element", (node) => {
    for (const [name, value] of Object.entries(node.properties)) {
      if (name === "id" && typeof value === "string") node.properties.id = prefix + value;
      else if (ID_REFERENCES.has(name)) node.properties[name] = tokens(value).map((id) => prefix + id);
      else if (LINK_PROPERTIES.has(name) && typeof value === "string")
        node.properties[name] = value.startsWith("#") ? `#${prefix}${value.slice(1)}` : chapterLink(value);
      else if (typeof value === "string" && value.includes("url(#")) node.properties[name] = value.replaceAll("url(#", `url(#${prefix}`);
    }
    // Seven "References" and "Key points" regions on one page: each is named with its chapter too.
    const labels = node.properties.ariaLabelledBy;
    if (LANDMARKS.has(node.tagName) && Array.isArray(labels) && !labels.includes(titleId)) labels.push(titleId);
    const level = /^h([1-5])$/.exec(node.tagName)?.[1];
    if (level) node.tagName = `h${Number(level) + 1}`;
  });
  addLinkNotes(tree, options);
  return toHtml(tree);
}

function tokens(value: unknown): string[] {
  return (Array.isArray(value) ? value.map(String) : String(value).split(/\s+/)).filter(Boolean);
}

/** A link to a chapter page ("/base/chapters/slug/#x") as a link inside the book ("#slug--x"); others unchanged. */
function chapterLinkRewriter({ chapterSlugs, base }: Pick<BookChapterOptions, "chapterSlugs" | "base">) {
  const pattern = new RegExp(`^${escapeRegExp(base)}chapters/([^/#?]+)/(?:#(.*))?$`);
  return (href: string): string => {
    const [, slug, fragment] = pattern.exec(href) ?? [];
    if (!slug || !chapterSlugs.includes(slug)) return href;
    return fragment ? `#${idPrefix(slug)}${fragment}` : `#${chapterAnchor(slug)}`;
  };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Paper cannot follow a link: each link leaving the book gets a note number (one per address) and
 * the chapter ends with the numbered addresses. Both are print-only (book.css).
 */
function addLinkNotes(tree: Root, options: BookChapterOptions): void {
  const prefix = idPrefix(options.slug);
  const numbers = new Map<string, number>();
  visit(tree, "element", (node, index, parent) => {
    // A figure's node links stay as they are: HTML inside an SVG would end the drawing. A reference
    // needs no notes: it names the work, and its DOI is the link's text.
    if (node.tagName === "svg" || classes(node).includes("csl-entry")) return SKIP;
    const href = node.properties.href;
    if (node.tagName !== "a" || typeof href !== "string" || href.startsWith("#") || !parent || index === undefined) return;
    const address = absoluteAddress(href, options);
    let number = numbers.get(address);
    if (number === undefined) numbers.set(address, (number = numbers.size + 1));
    parent.children.splice(index + 1, 0, noteMark(number, prefix));
    return index + 2;
  });
  if (numbers.size === 0) return;
  const headingId = `${prefix}link-notes`;
  tree.children.push(
    element("section", { className: ["link-notes"], ariaLabelledBy: [headingId] }, [
      element("h3", { id: headingId }, [{ type: "text", value: `Links in chapter ${options.section}` }]),
      element(
        "ol",
        {},
        [...numbers].map(([address, number]) =>
          element("li", { id: `${prefix}link-note-${number}` }, [
            element("a", { href: address, ...outside(address, options.siteRoot) }, [{ type: "text", value: address }]),
          ]),
        ),
      ),
    ]),
  );
}

/** Links to other sites open with no opener and no referrer, as everywhere on the site. */
function outside(address: string, siteRoot: string): Element["properties"] {
  return /^https?:/.test(address) && !address.startsWith(siteRoot) ? { rel: ["noopener", "noreferrer"] } : {};
}

const classes = (node: Element) => (Array.isArray(node.properties.className) ? node.properties.className.map(String) : []);

function noteMark(number: number, prefix: string): Element {
  return element("sup", { className: ["link-note"] }, [element("a", { href: `#${prefix}link-note-${number}` }, [{ type: "text", value: String(number) }])]);
}

/** A site link ("/base/drugs/x/") as the absolute address it has on the deployed site. */
function absoluteAddress(href: string, { base, siteRoot }: Pick<BookChapterOptions, "base" | "siteRoot">): string {
  return href.startsWith(base) && !href.startsWith("//") ? siteRoot + href.slice(base.length) : href;
}

function element(tagName: string, properties: Element["properties"], children: ElementContent[]): Element {
  return { type: "element", tagName, properties, children };
}
