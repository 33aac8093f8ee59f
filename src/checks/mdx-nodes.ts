/** Small readers over MDX trees shared by the rules: JSX elements and their literal attributes. */
import type { Root } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Every JSX element named `name` ("Figure", "img"), in reading order. */
export function jsxElements(tree: Root, name: string): JsxElement[] {
  const found: JsxElement[] = [];
  visit(tree, (node) => {
    if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name === name) found.push(node);
  });
  return found;
}

/** An attribute's value: a string for a literal, `true` for an expression (`alt={x}`) or a bare attribute, undefined when absent. */
export function jsxAttribute(element: JsxElement, name: string): string | true | undefined {
  for (const attribute of element.attributes) {
    if (attribute.type !== "mdxJsxAttribute" || attribute.name !== name) continue;
    return typeof attribute.value === "string" ? attribute.value : true;
  }
  // A spread ({...props}) may set it: do not guess.
  return element.attributes.some((a) => a.type === "mdxJsxExpressionAttribute") ? true : undefined;
}

export function startOf(node: { position?: { start: { line: number; column: number } } | undefined }): { line: number; column: number } {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}
