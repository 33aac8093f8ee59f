import type { Root } from "hast";
import { visit } from "unist-util-visit";
import { normalBase } from "./base-path.ts";

/**
 * Content links are written from the site root ("/chapters/x/"); this puts them under the
 * deployment base ("/her2/chapters/x/"), so a sub-path deployment keeps every link working.
 */
export default function rehypeBaseLinks(options: { base: string }) {
  const base = normalBase(options.base);
  return (tree: Root) => {
    if (base === "/") return;
    visit(tree, "element", (node) => {
      const href = node.properties.href;
      if (node.tagName === "a" && typeof href === "string" && href.startsWith("/") && !href.startsWith("//") && !href.startsWith(base)) {
        node.properties.href = base + href.slice(1);
      }
    });
  };
}
