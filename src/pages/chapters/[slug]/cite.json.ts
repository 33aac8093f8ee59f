/** The chapter itself as CSL-JSON. */
import type { APIRoute } from "astro";
import { pageCsl } from "../../../citations/page-citation.ts";
import { chapterPaths, type Chapter } from "../../../chapters/chapters.ts";
import { chapterToCite } from "../../../chapters/chapter-citation.ts";

export const getStaticPaths = chapterPaths;

export const GET: APIRoute<{ chapter: Chapter }> = ({ props, site }) =>
  new Response(`${JSON.stringify(pageCsl(chapterToCite(props.chapter, site)), null, 1)}\n`, {
    headers: { "content-type": "application/vnd.citationstyles.csl+json" },
  });
