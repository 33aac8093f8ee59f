import type { APIRoute } from "astro";
import { toRis } from "../../../citations/export-formats.ts";
import { chapterReferences } from "../../../chapters/chapter-references.ts";
import { chapterPaths, type Chapter } from "../../../chapters/chapters.ts";

export const getStaticPaths = chapterPaths;

export const GET: APIRoute<{ chapter: Chapter }> = async ({ props }) =>
  new Response(toRis(await chapterReferences(props.chapter)), { headers: { "content-type": "application/x-research-info-systems; charset=utf-8" } });
