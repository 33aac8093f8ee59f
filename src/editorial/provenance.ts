/** How editorial content names itself to readers and to search, in one place. */
import type { EditorialBlockName } from "./editorial-rules.ts";

/** The Pagefind filter that lets a reader search only corrections, or only what came after the review. */
export const EDITORIAL_FILTER: Record<EditorialBlockName, string> = {
  Correction: "editorial:Correction",
  Update: "editorial:Since the review",
};

/** The id of an editorial source in a page's "Editorial sources" list. */
export const sourceAnchor = (id: string) => `esrc-${id}`;

/** "E3": editorial sources are numbered apart from the review's references. */
export const sourceLabel = (n: number) => `E${n}`;
