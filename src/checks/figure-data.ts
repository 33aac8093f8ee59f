/**
 * Rule: every figure can be drawn and every entry of content/figures.yaml fits its schema: the
 * very renderers and schema the build uses (src/figures/), so a figure edge `to: nowhere` or
 * `number: one` fails here as it fails the build. Figure 3 is drawn from the drug pages already
 * read, those whose frontmatter is valid (the frontmatter rule reports the others), as the build
 * draws it from the drugs collection.
 */
import type { DrugData } from "../entities/drug-schema.ts";
import { entityPath } from "../entities/paths.ts";
import { FIGURE_DRAWINGS, figureDataFromFiles, type FigureSources } from "../figures/drawings.ts";
import { readFigureList } from "../figures/figure-list.ts";
import type { PreparedContent } from "./content.ts";
import { ProblemsError, type Problem } from "./problem.ts";
import { validPages } from "./valid-pages.ts";

export function checkFigureData(content: PreparedContent): Problem[] {
  const problems: Problem[] = [];
  const { figures } = content;
  if (figures.yamlError) return [figures.yamlError];
  // The entries, read as the build's figures collection reads them.
  problems.push(...readFigureList(figures.file, content.tree.figures.text).problems);
  const sources: FigureSources = {
    links: { pathwayUrl: (id) => entityPath("pathway", id), drugUrl: (slug) => entityPath("drug", slug) },
    data: figureDataFromFiles(content.tree.root),
    drugs: validPages<DrugData>(content, "drug"),
  };
  // The figures the site lists and draws (a table figure has no drawing).
  for (const [id, draw] of Object.entries(FIGURE_DRAWINGS).filter(([id]) => figures.ids.includes(id))) {
    try {
      draw(sources);
    } catch (error) {
      // A data file it cannot read at all, or drug pages Figure 3 cannot draw (none, or a year off its axis).
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
      problems.push(...error.problems);
    }
  }
  return problems;
}
