/**
 * Rule: every figure can be drawn and every entry of content/figures.yaml fits its schema: the
 * very renderers and schema the build uses (src/figures/), so a figure edge `to: nowhere` or
 * `number: one` fails here as it fails the build.
 */
import { relative, resolve, sep } from "node:path";
import { parseYamlFile } from "../content/yaml-places.ts";
import { entityPath } from "../entities/paths.ts";
import { figureDrawings } from "../figures/drawings.ts";
import { figureEntrySchema } from "../figures/figures-schema.ts";
import type { PreparedContent } from "./content.ts";
import { ProblemsError, type Problem } from "./problem.ts";

export function checkFigureData(content: PreparedContent): Problem[] {
  const problems: Problem[] = [];
  const { figures } = content;
  if (figures.yamlError) return [figures.yamlError];
  const { placeOf } = parseYamlFile(content.tree.figures.text);
  const entries = Array.isArray(figures.data) ? figures.data : [];
  entries.forEach((entry, i) => {
    const result = figureEntrySchema.safeParse(entry);
    if (result.success) return;
    for (const issue of result.error.issues) {
      problems.push({
        file: figures.file,
        ...placeOf([i, ...(issue.path as (string | number)[])]),
        rule: "figure-data",
        severity: "error",
        message: `${issue.path.join(".")}: ${issue.message}`,
        fix: "see the other entries of the file for the form each field takes",
      });
    }
  });
  const drawings = figureDrawings({ pathwayUrl: (id) => entityPath("pathway", id), drugUrl: (slug) => entityPath("drug", slug) }, content.tree.root);
  // The figures the site lists and draws (a table figure has no drawing).
  for (const [id, draw] of Object.entries(drawings).filter(([id]) => figures.ids.includes(id))) {
    try {
      draw();
    } catch (error) {
      // A file it cannot read at all (a missing folder, reported by the folder rules too).
      if (!(error instanceof ProblemsError)) {
        const message = `figure "${id}" cannot be drawn: ${(error as Error).message}`;
        problems.push({
          file: figures.file,
          line: 1,
          column: 1,
          rule: "figure-data",
          severity: "error",
          message,
          fix: "restore the file or folder the message names",
        });
        continue;
      }
      // Figure 3 reads the drug pages under the checked root: name them as the other rules do (a
      // drug page's fault keeps its own rule, frontmatter, and is listed once).
      problems.push(...error.problems.map((p) => ({ ...p, file: relative(content.tree.root, resolve(content.tree.root, p.file)).split(sep).join("/") })));
    }
  }
  return problems;
}
