import type { APIRoute } from "astro";
import { toBibtex } from "../../../citations/export-formats.ts";
import { chapterReferences } from "../../../chapters/chapter-references.ts";
import { chapterPaths, type Chapter } from "../../../chapters/chapters.ts";

export const getStaticPaths = chapterPaths;

export const GET: APIRoute<{ chapter: Chapter }> = async ({ props }) =>
  new Response(toBibtex(await chapterReferences(props.chapter)), { headers: { "content-type": "application/x-bibtex; charset=utf-8" } });
