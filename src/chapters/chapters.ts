/** The chapters in reading order, each with its outline, citations and sections from the source index. */
import { getCollection, type CollectionEntry } from "astro:content";
import { indexSource, type SourceIndex } from "../source-index/source-index.ts";

export type ChapterEntry = CollectionEntry<"chapters">;
export interface Chapter {
  entry: ChapterEntry;
  slug: string;
  index: SourceIndex;
}

export async function getChapters(): Promise<Chapter[]> {
  const entries = await getCollection("chapters");
  return entries.sort((a, b) => a.data.order - b.data.order).map((entry) => ({ entry, slug: entry.id, index: indexChapter(entry) }));
}

const NOT_PARSED: SourceIndex = { headings: [], citations: [], sections: [], figures: [] };

function indexChapter(entry: ChapterEntry): SourceIndex {
  try {
    return indexSource(entry.body ?? "");
  } catch {
    // MDX that does not parse: Astro's MDX compiler stops on this file when it renders it, naming
    // the line and column in the file with a code frame (the dev overlay too). Failing here would
    // come first and say less, as pages index every chapter before any is rendered.
    return NOT_PARSED;
  }
}

/** The chapters before and after position `i` of a list, if any. */
export function neighbours<T>(list: readonly T[], i: number): { previous?: T; next?: T } {
  return { previous: list[i - 1], next: list[i + 1] };
}

/** One static path per chapter, with the chapter as its prop: for pages and files made per chapter. */
export async function chapterPaths() {
  return (await getChapters()).map((chapter) => ({ params: { slug: chapter.slug }, props: { chapter } }));
}
