/** The chapters in reading order, each with its outline and citations read from the MDX source. */
import { getCollection, type CollectionEntry } from "astro:content";
import { indexDocument, type DocumentIndex } from "../headings/document-index.ts";

export type ChapterEntry = CollectionEntry<"chapters">;
export interface Chapter {
  entry: ChapterEntry;
  slug: string;
  index: DocumentIndex;
}

export async function getChapters(): Promise<Chapter[]> {
  const entries = await getCollection("chapters");
  return entries.sort((a, b) => a.data.order - b.data.order).map((entry) => ({ entry, slug: entry.id, index: indexDocument(entry.body ?? "") }));
}

/** The chapters before and after position `i` of a list, if any. */
export function neighbours<T>(list: readonly T[], i: number): { previous?: T; next?: T } {
  return { previous: list[i - 1], next: list[i + 1] };
}

/** One static path per chapter, with the chapter as its prop: for pages and files made per chapter. */
export async function chapterPaths() {
  return (await getChapters()).map((chapter) => ({ params: { slug: chapter.slug }, props: { chapter } }));
}
