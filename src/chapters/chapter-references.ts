/** The references one chapter cites, for its downloads and its citation meta tags. */
import { loadBibliography, type Reference } from "../citations/bibliography.ts";
import { referencesCitedIn } from "../citations/citation-index.ts";
import { CONTENT_PATHS } from "../content/content-paths.ts";
import type { Chapter } from "./chapters.ts";

export function chapterReferences(chapter: Chapter): Reference[] {
  return referencesCitedIn(chapter.index.citations, loadBibliography(CONTENT_PATHS.bibliography));
}
