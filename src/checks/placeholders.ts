/**
 * Rule (warning): placeholder text left from a template (`npm run new` marks every value and
 * paragraph to replace with TODO). MDX comments, such as the template's guide, are not counted.
 */
import { visit } from "unist-util-visit";
import { PLACEHOLDER } from "../scaffolds/templates.ts";
import type { PreparedContent } from "./content.ts";
import type { Problem } from "./problem.ts";

const MARKER = new RegExp(`\\b${PLACEHOLDER}\\b`);

export function checkPlaceholders(content: PreparedContent): Problem[] {
  const problems: Problem[] = [];
  for (const page of content.pages) {
    const inComment = new Set<number>();
    if (page.tree) {
      visit(page.tree, (node) => {
        if ((node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") && node.position) {
          for (let line = node.position.start.line; line <= node.position.end.line; line++) inComment.add(line);
        }
      });
    }
    page.source.split("\n").forEach((text, i) => {
      const match = MARKER.exec(text);
      if (!match || inComment.has(i + 1)) return;
      // The placeholder's own words: up to a closing quote or a YAML comment, at most 48 characters.
      const words = text
        .slice(match.index)
        .split(/"|\s#\s/)[0]!
        .trim();
      const excerpt = words.length > 48 ? `${words.slice(0, 48)}…` : words;
      problems.push({
        file: page.file,
        line: i + 1,
        column: match.index + 1,
        rule: "placeholders",
        severity: "warning",
        message: `placeholder left from the template: ${excerpt}`,
        fix: "replace it with the real content",
      });
    });
  }
  return problems;
}
