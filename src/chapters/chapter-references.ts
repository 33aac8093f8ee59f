/** The references one chapter cites, for its downloads and its citation meta tags. */
import type { Reference } from "../citations/bibliography.ts";
import { referencesCitedIn } from "../citations/citation-index.ts";
import { getBibliography } from "../citations/references.ts";
import type { Chapter } from "./chapters.ts";

export async function chapterReferences(chapter: Chapter): Promise<Reference[]> {
  return referencesCitedIn(chapter.index.citations, await getBibliography());
}
