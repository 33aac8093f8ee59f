/** The chapter itself as a BibTeX record (its references are in references.bib). */
import type { APIRoute } from "astro";
import { pageBibtex } from "../../../citations/page-citation.ts";
import { chapterPaths, type Chapter } from "../../../chapters/chapters.ts";
import { chapterToCite } from "../../../chapters/chapter-citation.ts";

export const getStaticPaths = chapterPaths;

export const GET: APIRoute<{ chapter: Chapter }> = ({ props, site }) =>
  new Response(pageBibtex(chapterToCite(props.chapter, site)), { headers: { "content-type": "application/x-bibtex; charset=utf-8" } });
