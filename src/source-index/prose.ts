/**
 * What counts as prose: the text nodes a reader reads as running text, where entity names are
 * linked (remark-entity-links) and mentions are counted (the source index). One walker for both, so
 * the links and "Discussed in" cannot disagree. Headings, links, images, code, expressions, ESM and
 * glossary marks are not prose; text inside components (<Note>, <Correction>, a table figure) is.
 */
import type { Heading, Nodes, Parent, Root, Text } from "mdast";
import { CONTINUE, SKIP, visitParents } from "unist-util-visit-parents";

const NOT_PROSE = new Set<string>([
  "heading",
  "link",
  "linkReference",
  "inlineCode",
  "code",
  "html",
  "image",
  "imageReference",
  "definition",
  "yaml",
  "glossaryTerm",
  "mdxjsEsm",
  "mdxFlowExpression",
  "mdxTextExpression",
]);

/**
 * Calls `onText` for each prose text node in reading order, with its ancestors (root first), and
 * `onHeading` for each heading. `onText` may return the index in the parent to go on from, after
 * replacing the node (as in unist-util-visit).
 */
export function visitProse(tree: Root, onText: (text: Text, ancestors: Parent[]) => number | undefined, onHeading?: (heading: Heading) => void): void {
  visitParents(tree, (node: Nodes, ancestors: Parent[]) => {
    if (node.type === "heading") onHeading?.(node);
    if (NOT_PROSE.has(node.type)) return SKIP;
    if (node.type !== "text") return CONTINUE;
    return onText(node, ancestors);
  });
}
