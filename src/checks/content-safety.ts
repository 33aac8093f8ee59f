/** Rule: content is data, not code, and its dates exist (src/content/safety-rules.ts, the rules the build runs). */
import { checkDates, checkSafety } from "../content/safety-rules.ts";
import type { PreparedContent } from "./content.ts";
import type { Problem } from "./problem.ts";

export function checkContentSafety(content: PreparedContent): Problem[] {
  return content.pages.flatMap((page) => [
    ...(page.tree ? checkSafety({ file: page.file, kind: page.kind, tree: page.tree, text: page.source }) : []),
    ...checkDates(page.file, page.yaml.trim() ? { yaml: page.yaml, firstLine: page.yamlFirstLine } : undefined),
  ]);
}
