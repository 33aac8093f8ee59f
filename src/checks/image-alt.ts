/**
 * Rule: every image has a text alternative. Markdown images need alt text (`![what it shows](…)`);
 * an <img> needs an alt attribute (alt="" marks an image as decorative, on purpose).
 */
import { visit } from "unist-util-visit";
import type { PreparedContent } from "./content.ts";
import { jsxAttribute, jsxElements, startOf } from "./mdx-nodes.ts";
import type { Problem } from "./problem.ts";

export function checkImageAlt(content: PreparedContent): Problem[] {
  const problems: Problem[] = [];
  for (const page of content.pages) {
    if (!page.tree) continue;
    visit(page.tree, (node) => {
      if ((node.type === "image" || node.type === "imageReference") && !node.alt?.trim()) {
        problems.push({
          file: page.file,
          ...startOf(node),
          rule: "image-alt",
          severity: "error",
          message: `image ${node.type === "image" ? `"${node.url}" ` : ""}has no alt text`,
          fix: "say what the image shows between the brackets: ![HER2 dimer with pertuzumab bound](…)",
        });
      }
    });
    for (const img of jsxElements(page.tree, "img")) {
      if (jsxAttribute(img, "alt") !== undefined) continue;
      const src = jsxAttribute(img, "src");
      problems.push({
        file: page.file,
        ...startOf(img),
        rule: "image-alt",
        severity: "error",
        message: `<img${typeof src === "string" ? ` src="${src}"` : ""}> has no alt attribute`,
        fix: 'add alt="what the image shows", or alt="" if it is purely decorative',
      });
    }
  }
  return problems;
}
