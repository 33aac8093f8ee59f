/**
 * The content loader of the glossary collection. Unlike Astro's file() loader, which logs a file it
 * cannot read and carries on, it stops the build on any problem (bad YAML, a missing field, a term
 * defined twice), naming the file and the term.
 */
import type { Loader } from "astro/loaders";
import { readFileSync } from "node:fs";
import { ProblemsError } from "../checks/problem.ts";
import { syncedLoader } from "../content/synced-loader.ts";
import { yamlSourceProblems } from "../editorial/editorial-rules.ts";
import { loadEditorialSources } from "../editorial/read-sources.ts";
import { readGlossary } from "./read-content.ts";

export function glossaryLoader(file: string): Loader {
  return syncedLoader("her2-kb:glossary", file, async ({ store, parseData }) => {
    const terms = readGlossary(file);
    // The same rule as `npm run check`: every editorial source a definition names exists.
    const { byId } = loadEditorialSources();
    const problems = yamlSourceProblems(file, readFileSync(file, "utf8"), new Set(byId.keys()));
    if (problems.length > 0) throw new ProblemsError(problems);
    store.clear();
    for (const { id, ...term } of terms) store.set({ id, data: await parseData({ id, data: term }), filePath: file });
  });
}
