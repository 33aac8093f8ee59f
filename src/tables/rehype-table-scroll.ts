/**
 * Wraps every table of the text in a scroll container, so a table wider than a phone scrolls
 * sideways inside the column instead of clipping or widening the page. The container is a named,
 * focusable region: a keyboard can scroll it (axe's scrollable-region-focusable), and a screen
 * reader hears which table it is. Its shadows show that it scrolls (styles/phone.css).
 */
import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import { SKIP, visit } from "unist-util-visit";

export const TABLE_SCROLL_CLASS = "table-scroll";

/** "Table: Drug, Target, Approved": the column headings say which table it is. */
export function tableLabel(table: Element): string {
  let headings: string[] = [];
  visit(table, "element", (node) => {
    if (node.tagName !== "tr") return;
    headings = node.children.filter((c): c is Element => c.type === "element" && c.tagName === "th").map((th) => toString(th).trim());
    return false;
  });
  return headings.some(Boolean) ? `Table: ${headings.filter(Boolean).join(", ")}` : "Table";
}

export default function rehypeTableScroll() {
  return (tree: Root) => {
    visit(tree, "element", (node, index, parent) => {
      if (node.tagName !== "table" || !parent || index === undefined) return;
      const wrapper: Element = {
        type: "element",
        // A <section> with a name is a region landmark (the HTML checkers prefer it to role="region").
        tagName: "section",
        properties: { className: [TABLE_SCROLL_CLASS], tabIndex: 0, ariaLabel: tableLabel(node) },
        children: [node],
      };
      parent.children.splice(index, 1, wrapper);
      return SKIP;
    });
  };
}
