/** Rule: every <Figure id="…"> names a figure of content/figures.yaml (else the page fails to render). */
import { closest } from "../text/closest.ts";
import type { PreparedContent } from "./content.ts";
import { jsxAttribute, jsxElements, startOf } from "./mdx-nodes.ts";
import type { Problem } from "./problem.ts";

export function checkFigureIds(content: PreparedContent): Problem[] {
  const { figures } = content;
  if (figures.yamlError) return []; // figure-data reports it; without the file no id is known
  const problems: Problem[] = [];
  for (const page of content.pages) {
    for (const figure of page.tree ? jsxElements(page.tree, "Figure") : []) {
      const id = jsxAttribute(figure, "id");
      if (id === true || (typeof id === "string" && figures.ids.includes(id))) continue;
      const suggestion = typeof id === "string" ? closest(id, figures.ids) : undefined;
      problems.push({
        file: page.file,
        ...startOf(figure),
        rule: "figure-ids",
        severity: "error",
        message: id === undefined ? "<Figure> has no id" : `<Figure id="${id}">: there is no figure "${id}" in ${figures.file}`,
        fix: suggestion ? `did you mean "${suggestion}"?` : `use one of: ${figures.ids.join(", ")}, or add the figure to ${figures.file}`,
      });
    }
  }
  return problems;
}
