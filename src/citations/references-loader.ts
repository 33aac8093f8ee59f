/**
 * The content loader of the references collection: content/references.bib read by the same parser
 * and rules as the citation plugins and `npm run check` (src/citations/bibliography.ts), so a broken
 * entry stops the build with the checker's file:line message. One entry per reference, by its key.
 */
import type { Loader } from "astro/loaders";
import { resolve } from "node:path";
import { CONTENT_PATHS } from "../content/content-paths.ts";
import { loadBibliography } from "./bibliography.ts";

export function referencesLoader(file: string = CONTENT_PATHS.bibliography): Loader {
  return {
    name: "her2-kb:references",
    load: async ({ store, watcher }) => {
      const sync = () => {
        const { references } = loadBibliography(file);
        store.clear();
        for (const reference of references) store.set({ id: reference.key, data: { ...reference }, filePath: file });
      };
      sync();
      watcher?.add(resolve(file));
      watcher?.on("change", (changed) => {
        if (changed === resolve(file)) sync();
      });
    },
  };
}
