/**
 * Rule: every internal link points at a page that exists, and its #anchor at an id on that page.
 * Links are written from the site root ("/chapters/therapeutics/#figure-x") or as "#id" on the same
 * page; the build adds the deployment base. Pages and ids come from site-routes.ts.
 */
import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { closest } from "../text/closest.ts";
import type { PreparedContent } from "./content.ts";
import { jsxAttribute, jsxElements, startOf } from "./mdx-nodes.ts";
import type { Problem } from "./problem.ts";
import { siteRoutes, type Route } from "./site-routes.ts";

interface LinkUse {
  href: string;
  line: number;
  column: number;
}

/** Links in Markdown ([text](href), [ref]: href) and JSX (<a href="…">). */
export function linksIn(tree: Root): LinkUse[] {
  const links: LinkUse[] = [];
  visit(tree, (node) => {
    if (node.type === "link" || node.type === "definition") links.push({ href: node.url, ...startOf(node) });
  });
  for (const a of jsxElements(tree, "a")) {
    const href = jsxAttribute(a, "href");
    if (typeof href === "string") links.push({ href, ...startOf(a) });
  }
  return links.sort((a, b) => a.line - b.line || a.column - b.column);
}

export function checkInternalLinks(content: PreparedContent): Problem[] {
  const routes = siteRoutes(content);
  const problems: Problem[] = [];
  for (const page of content.pages) {
    if (!page.tree) continue;
    for (const link of linksIn(page.tree)) {
      const found = checkLink(link.href, page.route, routes);
      if (found) problems.push({ file: page.file, line: link.line, column: link.column, rule: "internal-links", severity: "error", ...found });
    }
  }
  return problems;
}

/** What is wrong with one link from the page at `from`, or undefined if nothing. */
export function checkLink(href: string, from: string, routes: Map<string, Route>): { message: string; fix: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("//")) return undefined; // another site, mailto:, …
  if (href.trim() === "") return { message: "the link has no target", fix: 'write the page\'s path from the site root, e.g. "/chapters/introduction/"' };
  const hashAt = href.indexOf("#");
  const path = (hashAt >= 0 ? href.slice(0, hashAt) : href).replace(/\?.*$/, "");
  const anchor = hashAt >= 0 ? safeDecode(href.slice(hashAt + 1)) : undefined;
  if (path && !path.startsWith("/")) {
    return {
      message: `link to "${href}" is relative`,
      fix: 'write internal links from the site root, e.g. "/chapters/introduction/" or "/drugs/trastuzumab/"',
    };
  }
  const target = path || from;
  const route = routes.get(target);
  if (!route) {
    if (routes.has(`${target}/`))
      return { message: `link to "${href}" has no trailing slash`, fix: `write "${target}/${anchor !== undefined ? `#${anchor}` : ""}"` };
    const suggestion = closest(target, routes.keys());
    return {
      message: `link to "${href}": there is no page ${target}`,
      fix: suggestion
        ? `did you mean "${suggestion}"?`
        : "link to an existing page: /chapters/<slug>/, /drugs/<slug>/, /pathways/<id>/, /references/, /glossary/",
    };
  }
  if (anchor === undefined || anchor === "" || !route.anchors || route.anchors.has(anchor)) return undefined;
  const suggestion = closest(anchor, route.anchors);
  return {
    message: `link to "${href}": ${target === from && !path ? "this page" : target} has no heading, figure or citation with the id "${anchor}"`,
    fix: suggestion
      ? `did you mean "#${suggestion}"?`
      : "a heading's id is its text in lower case with hyphens for spaces, without the section number; a figure's is figure-<id>",
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
