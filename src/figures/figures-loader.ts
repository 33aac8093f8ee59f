/**
 * The content loader of the figures collection: content/figures.yaml read by the checker's own
 * reader (src/figures/figure-list.ts), so a fault stops the build with `npm run check`'s words;
 * Astro's file() loader would word it its own way.
 */
import type { Loader } from "astro/loaders";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { ProblemsError } from "../checks/problem.ts";
import { CONTENT_PATHS } from "../content/content-paths.ts";
import { readFigureList } from "./figure-list.ts";

export function figuresLoader(file: string = CONTENT_PATHS.figures): Loader {
  return {
    name: "her2-kb:figures",
    load: async ({ store, parseData, watcher }) => {
      const sync = async () => {
        const { entries, problems } = readFigureList(file, readFileSync(file, "utf8"));
        if (problems.length > 0) throw new ProblemsError(problems);
        store.clear();
        for (const { id, data } of entries) store.set({ id, data: await parseData({ id, data }), filePath: file });
      };
      await sync();
      watcher?.add(resolve(file));
      watcher?.on("change", (changed) => {
        if (changed === resolve(file)) void sync();
      });
    },
  };
}
