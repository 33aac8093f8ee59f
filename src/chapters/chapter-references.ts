/** The references one chapter cites, for its downloads and its citation meta tags. */
import { loadBibliography, type Reference } from "../citations/bibliography.ts";
import { referencesCitedIn } from "../citations/citation-index.ts";
import type { Chapter } from "./chapters.ts";

export const BIBLIOGRAPHY_FILE = "content/references.bib";

export function chapterReferences(chapter: Chapter): Reference[] {
  return referencesCitedIn(chapter.index.citations, loadBibliography(BIBLIOGRAPHY_FILE));
}
