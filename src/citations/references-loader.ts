/**
 * The content loader of the references collection: content/references.bib read by the same parser
 * and rules as the citation plugins and `npm run check` (src/citations/bibliography.ts), so a broken
 * entry stops the build with the checker's file:line message. One entry per reference, by its key.
 */
import type { Loader } from "astro/loaders";
import { CONTENT_PATHS } from "../content/content-paths.ts";
import { syncedLoader } from "../content/synced-loader.ts";
import { loadBibliography } from "./bibliography.ts";

export function referencesLoader(file: string = CONTENT_PATHS.bibliography): Loader {
  return syncedLoader("her2-kb:references", file, ({ store }) => {
    const { references } = loadBibliography(file);
    store.clear();
    for (const reference of references) store.set({ id: reference.key, data: { ...reference }, filePath: file });
  });
}
