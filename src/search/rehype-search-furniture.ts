/**
 * Keeps table headers out of the search index: a header row ("Alteration | Breast | Colon") is
 * furniture in an excerpt, while the cells under it are what a reader searches for.
 */
import type { Root } from "hast";
import { visit } from "unist-util-visit";

export default function rehypeSearchFurniture() {
  return (tree: Root) => {
    visit(tree, "element", (node) => {
      if (node.tagName === "thead") node.properties.dataPagefindIgnore = "";
    });
  };
}
