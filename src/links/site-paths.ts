/**
 * Every page's path, made in one place, root-relative and without the deployment base: src/routes.ts
 * puts them under the base for pages, and `npm run check` knows from them which pages exist.
 */
import { entityIndexPath, entityPath } from "../entities/paths.ts";

const withFragment = (path: string, fragment?: string) => path + (fragment ? `#${fragment}` : "");

/** The files beside each chapter page: its references and the chapter as a citable record. */
export const CHAPTER_FILES = ["references.bib", "references.ris", "cite.bib", "cite.ris", "cite.json"] as const;
export type ChapterFile = (typeof CHAPTER_FILES)[number];

/** The open-data files under /data/. */
export const OPEN_DATA = ["references", "drugs", "pathways", "glossary", "editorial-sources"] as const;
export type OpenData = (typeof OPEN_DATA)[number];

export const sitePaths = {
  home: () => "/",
  chapter: (slug: string, fragment?: string) => withFragment(`/chapters/${slug}/`, fragment),
  chapterFile: (slug: string, file: ChapterFile) => `/chapters/${slug}/${file}`,
  references: (fragment?: string) => withFragment("/references/", fragment),
  about: () => "/about/",
  search: () => "/search/",
  changes: () => "/changes/",
  changesFeed: () => "/changes.xml",
  drugs: (fragment?: string) => withFragment(entityIndexPath("drug"), fragment),
  drug: (slug: string) => entityPath("drug", slug),
  pathways: () => entityIndexPath("pathway"),
  pathway: (id: string) => entityPath("pathway", id),
  glossary: (fragment?: string) => withFragment("/glossary/", fragment),
  openData: (name: OpenData) => `/data/${name}.json`,
  /** A drawn figure on its own page, at full size. */
  figure: (id: string) => `/figures/${id}/`,
  /** Every chapter on one page, and the same as one self-contained file to download. */
  book: (fragment?: string) => withFragment("/book/", fragment),
  bookFile: () => "/her2-knowledge-base.html",
};

/** The pages that are there whatever the content holds (the content adds chapters, drugs, pathways). */
export function fixedPaths(): string[] {
  const p = sitePaths;
  return [p.home(), p.about(), p.search(), p.changes(), p.changesFeed(), p.drugs(), p.pathways(), p.book(), p.bookFile(), ...OPEN_DATA.map(p.openData)];
}
