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

function indexChapter(entry: ChapterEntry): SourceIndex {
  try {
    return indexSource(entry.body ?? "");
  } catch (error) {
    // Pages index every chapter before any is rendered, so this comes first: name the file.
    throw new Error(`${entry.filePath ?? entry.id}: the MDX does not parse: ${(error as Error).message}. Run \`npm run check\` for the line and a fix.`, {
      cause: error,
    });
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
