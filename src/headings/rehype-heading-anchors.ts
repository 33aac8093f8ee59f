import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import { createSlugger } from "./slug.ts";

/**
 * Gives h2–h6 an id from the shared slugger and a "#" link to itself, so any section can be
 * linked to. The link has no text node (its "#" is drawn by CSS): Astro's heading list reads
 * every text node inside a heading, and the table of contents should not say "#".
 */
export default function rehypeHeadingAnchors() {
  return (tree: Root) => {
    const slug = createSlugger();
    visit(tree, "element", (node: Element) => {
      if (!/^h[2-6]$/.test(node.tagName)) return;
      const text = toString(node);
      const id = slug(text);
      node.properties.id ??= id;
      node.children.push({
        type: "element",
        tagName: "a",
        properties: { className: ["heading-anchor"], href: `#${node.properties.id}`, ariaLabel: `Link to this section: ${text}` },
        children: [],
      });
    });
  };
}
