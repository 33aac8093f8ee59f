/**
 * The content loader of the editorialSources collection: the same reader as `npm run check`, so a
 * fault stops the build with the same file:line message (Astro's file() loader would log and go on).
 */
import type { Loader } from "astro/loaders";
import { ProblemsError } from "../checks/problem.ts";
import { isoDate } from "../text/dates.ts";
import { CONTENT_PATHS } from "../content/content-paths.ts";
import { syncedLoader } from "../content/synced-loader.ts";
import { loadEditorialSources } from "./read-sources.ts";

export function editorialSourcesLoader(): Loader {
  return syncedLoader("her2-kb:editorial-sources", CONTENT_PATHS.editorialSources, async ({ store, parseData }) => {
    const { sources, problems } = loadEditorialSources();
    if (problems.length > 0) throw new ProblemsError(problems);
    store.clear();
    // parseData validates again with the collection's schema, which reads `checked` as written (YYYY-MM-DD).
    for (const source of sources) {
      const data = await parseData({ id: source.id, data: { ...source, checked: isoDate(source.checked) } });
      store.set({ id: source.id, data, filePath: CONTENT_PATHS.editorialSources });
    }
  });
}
