/**
 * Every page a content link may point to, with the ids it has (when they can be known from the
 * content): chapters and entity pages from content/, the fixed pages (src/links/site-paths.ts, the
 * paths the pages are linked by), and public/.
 */
import { bibliographyEntryId, BIBLIOGRAPHY_ID } from "../citations/rehype-citation-links.ts";
import { CHAPTER_FILES, fixedPaths, sitePaths } from "../links/site-paths.ts";
import { isDrawnFigure } from "../figures/drawings.ts";
import type { Page, PreparedContent } from "./content.ts";

export interface Route {
  /** The page's ids a link may target; undefined when they cannot be known from the content. */
  anchors?: Set<string>;
}

/** The ids of an MDX page: headings, figures placed on it, citations and its bibliography. */
export function pageAnchors(page: Page, figureIds: readonly string[]): Set<string> {
  const ids = new Set(page.index.headings.map((h) => h.id));
  for (const citation of page.index.citations) {
    ids.add(citation.id);
    for (const key of citation.keys) ids.add(bibliographyEntryId(key));
  }
  if (page.index.citations.length) ids.add(BIBLIOGRAPHY_ID);
  for (const { id } of page.index.figures) if (figureIds.includes(id)) ids.add(`figure-${id}`);
  return ids;
}

export function siteRoutes(content: PreparedContent): Map<string, Route> {
  const routes = new Map<string, Route>();
  for (const page of content.pages) {
    routes.set(page.route, { anchors: pageAnchors(page, content.figures.ids) });
    if (page.kind === "chapter") for (const file of CHAPTER_FILES) routes.set(sitePaths.chapterFile(page.slug, file), {});
  }
  for (const fixed of fixedPaths()) routes.set(fixed, {});
  // Each drawn figure has a full-size page.
  for (const id of content.figures.ids.filter(isDrawnFigure)) routes.set(sitePaths.figure(id), {});
  routes.set(sitePaths.references(), { anchors: new Set(content.bibliography.references.map((r) => `ref-${r.number}`)) });
  routes.set(sitePaths.glossary(), content.glossary && !content.glossary.yamlError ? { anchors: new Set(content.glossary.terms.map((t) => t.id)) } : {});
  for (const file of content.tree.public.files) routes.set(file, {});
  return routes;
}
