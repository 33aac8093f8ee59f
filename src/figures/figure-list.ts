/**
 * content/figures.yaml read and checked, the one way the build's figures collection and the
 * checker's figure-data rule both read it: each figure's id with its entry, or every problem at its
 * line, e.g. `content/figures.yaml:12:11  3.number: …  (…)  [figure-data]`.
 */
import type { z } from "astro/zod";
import type { Problem } from "../checks/problem.ts";
import { readYaml } from "../content/yaml-places.ts";
import { figureEntrySchema } from "./figures-schema.ts";

export interface FigureListEntry {
  id: string;
  data: z.output<typeof figureEntrySchema>;
}

const FIX = "see the other entries of the file for the form each field takes";

export function readFigureList(file: string, text: string): { entries: FigureListEntry[]; problems: Problem[] } {
  const read = readYaml(file, text, "figure-data");
  if (read.yamlError) return { entries: [], problems: [read.yamlError] };
  const { data, placeOf } = read;
  const problem = (path: (string | number)[], message: string): Problem => ({
    file,
    ...placeOf(path),
    rule: "figure-data",
    severity: "error",
    message,
    fix: FIX,
  });
  if (!Array.isArray(data)) return { entries: [], problems: [problem([], "the file must be a list of figures, each starting with - id:")] };
  const entries: FigureListEntry[] = [];
  const problems: Problem[] = [];
  data.forEach((entry: unknown, i) => {
    const { id, ...fields } = (entry ?? {}) as { id?: unknown };
    if (typeof id !== "string" || id === "") problems.push(problem([i], `figure ${i + 1} has no id`));
    const result = figureEntrySchema.safeParse(fields);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(problem([i, ...(issue.path as (string | number)[])], `${issue.path.join(".")}: ${issue.message}`));
    } else if (typeof id === "string" && id !== "") entries.push({ id, data: result.data });
  });
  return { entries, problems };
}
