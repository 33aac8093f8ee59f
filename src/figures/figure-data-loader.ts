/**
 * The content loader of the figureData collection: each drawn figure's data file
 * (content/figures/<id>.yaml) validated by its schema with the checker's reader (src/figures/load.ts),
 * so a fault stops the build in `npm run check`'s words before any page is drawn.
 */
import type { Loader } from "astro/loaders";
import { CONTENT_PATHS } from "../content/content-paths.ts";
import { syncedLoader } from "../content/synced-loader.ts";
import { FIGURE_DATA_SCHEMAS, figureDataFromFiles, type DataFigureId } from "./drawings.ts";

export function figureDataLoader(): Loader {
  return syncedLoader("her2-kb:figure-data", CONTENT_PATHS.figureData, ({ store }) => {
    const data = figureDataFromFiles();
    store.clear();
    for (const id of Object.keys(FIGURE_DATA_SCHEMAS) as DataFigureId[]) store.set({ id, data: data(id) });
  });
}
