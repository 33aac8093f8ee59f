/**
 * The site's Markdown plugins, in one place: astro.config.mjs hands `markdownPipeline()` to Astro's
 * MDX renderer, and tests/helpers/render-markdown.ts runs the same list after SOURCE_PARSER
 * (./parser.ts), the parser the source index reads pages with.
 */
import type { PluggableList } from "unified";
// rehype-citation with the bibliography parsed once per build, not once per file (same output).
import rehypeCitation from "../citations/rehype-citation-cached.ts";
import rehypeCitationLinks from "../citations/rehype-citation-links.ts";
import remarkCitationGuard from "../citations/remark-citation-guard.ts";
import remarkContentRules from "../content/remark-content-rules.ts";
import remarkEntityLinks from "../entities/remark-entity-links.ts";
import rehypeHeadingAnchors from "../headings/rehype-heading-anchors.ts";
import rehypeBaseLinks from "../links/rehype-base-links.ts";
import rehypeSearchFurniture from "../search/rehype-search-furniture.ts";
import rehypeTableScroll from "../tables/rehype-table-scroll.ts";

export interface PipelineOptions {
  /** The .bib file citations are checked against and rendered from. */
  bibliography: string;
  /** The folder holding drugs/, pathways/ and glossary.yaml, for entity links and glossary terms. */
  contentDir: string;
  /** The deployment base path ("/" or "/her2/"). */
  base: string;
}

/** The options of Astro's `unified()` Markdown processor. */
export function markdownPipeline({ bibliography, contentDir, base }: PipelineOptions) {
  return {
    // ./parser.ts (SOURCE_PARSER) mirrors both.
    gfm: true,
    smartypants: true,
    // Entity links and glossary terms come after the guard: it must see the text as written.
    remarkPlugins: [[remarkCitationGuard, { bibliography }], remarkContentRules, [remarkEntityLinks, { contentDir }]] satisfies PluggableList,
    rehypePlugins: [
      rehypeHeadingAnchors,
      [rehypeCitation, { bibliography, csl: "vancouver", linkCitations: true }],
      [rehypeCitationLinks, { bibliography }],
      [rehypeBaseLinks, { base }],
      rehypeSearchFurniture,
      rehypeTableScroll,
    ] satisfies PluggableList,
  };
}
