/** The chapter itself as an RIS record. */
import type { APIRoute } from "astro";
import { pageRis } from "../../../citations/page-citation.ts";
import { chapterPaths, type Chapter } from "../../../chapters/chapters.ts";
import { chapterToCite } from "../../../chapters/chapter-citation.ts";

export const getStaticPaths = chapterPaths;

export const GET: APIRoute<{ chapter: Chapter }> = ({ props, site }) =>
  new Response(pageRis(chapterToCite(props.chapter, site)), { headers: { "content-type": "application/x-research-info-systems" } });
