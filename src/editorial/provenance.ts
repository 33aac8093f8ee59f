/** How editorial content names itself to readers and to search, in one place. */
import { splitSourceIds, type EditorialBlockName } from "./editorial-rules.ts";

/** The Pagefind filter that lets a reader search only corrections, or only what came after the review. */
export const EDITORIAL_FILTER: Record<EditorialBlockName, string> = {
  Correction: "editorial:Correction",
  Update: "editorial:Since the review",
};

/** The id of an editorial source in a page's "Editorial sources" list. */
export const sourceAnchor = (id: string) => `esrc-${id}`;

/** "E3": editorial sources are numbered apart from the review's references. */
export const sourceLabel = (n: number) => `E${n}`;

/** A block's source marks from its attributes: `sources` as written, `numbers` as remark-content-rules wrote them. */
export function blockMarks(sources: string, numbers: string): { ids: string[]; numbers: number[] } {
  return { ids: splitSourceIds(sources), numbers: splitSourceIds(numbers).map(Number) };
}
