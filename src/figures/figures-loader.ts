/**
 * The content loader of the figures collection: content/figures.yaml read by the checker's own
 * reader (src/figures/figure-list.ts), so a fault stops the build in `npm run check`'s words;
 * Astro's file() loader would word it its own way.
 */
import type { Loader } from "astro/loaders";
import { readFileSync } from "node:fs";
import { ProblemsError } from "../checks/problem.ts";
import { CONTENT_PATHS } from "../content/content-paths.ts";
import { syncedLoader } from "../content/synced-loader.ts";
import { readFigureList } from "./figure-list.ts";

export function figuresLoader(file: string = CONTENT_PATHS.figures): Loader {
  return syncedLoader("her2-kb:figures", file, async ({ store, parseData }) => {
    const { entries, problems } = readFigureList(file, readFileSync(file, "utf8"));
    if (problems.length > 0) throw new ProblemsError(problems);
    store.clear();
    for (const { id, data } of entries) store.set({ id, data: await parseData({ id, data }), filePath: file });
  });
}
