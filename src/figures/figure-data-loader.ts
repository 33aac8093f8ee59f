/**
 * The content loader of the figureData collection: each drawn figure's data file
 * (content/figures/<id>.yaml) validated by its schema with the checker's reader (src/figures/load.ts),
 * so a fault stops the build in `npm run check`'s words before any page is drawn.
 */
import type { Loader } from "astro/loaders";
import { resolve } from "node:path";
import { CONTENT_PATHS } from "../content/content-paths.ts";
import { FIGURE_DATA_SCHEMAS, figureDataFromFiles, type DataFigureId } from "./drawings.ts";

export function figureDataLoader(): Loader {
  return {
    name: "her2-kb:figure-data",
    load: async ({ store, watcher }) => {
      const sync = () => {
        const data = figureDataFromFiles();
        store.clear();
        for (const id of Object.keys(FIGURE_DATA_SCHEMAS) as DataFigureId[]) store.set({ id, data: data(id) });
      };
      sync();
      const folder = resolve(CONTENT_PATHS.figureData);
      watcher?.add(folder);
      watcher?.on("change", (changed) => {
        if (changed.startsWith(folder)) sync();
      });
    },
  };
}
