/**
 * Ids in the book: all seven chapters share one page, so each chapter's section is its slug and
 * every id inside it starts with the slug and "--". Kept apart from the HTML rewriting so the
 * citation previews, which run in the browser, can import it alone.
 */

/** The attribute naming a chapter's id prefix, read by the citation previews to find its references. */
export const ID_PREFIX_ATTRIBUTE = "data-id-prefix";

/** The id of a chapter's section in the book. */
export const chapterAnchor = (slug: string) => slug;
/** The prefix of every id inside a chapter's section. */
export const idPrefix = (slug: string) => `${slug}--`;
/** The id a chapter's title is written with for the book, and the id it has there, prefixed. */
export const CHAPTER_TITLE_ID = "title";
export const chapterTitleId = (slug: string) => idPrefix(slug) + CHAPTER_TITLE_ID;
