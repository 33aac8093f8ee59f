/** /data/references.json: the review's references as CSL-JSON, numbered as the review numbers them. */
import type { APIRoute } from "astro";
import { loadBibliography } from "../../citations/bibliography.ts";
import { CONTENT_PATHS } from "../../content/content-paths.ts";
import { toCsl } from "../../open-data/csl.ts";

export const GET: APIRoute = () => {
  const { references } = loadBibliography(CONTENT_PATHS.bibliography);
  return new Response(`${JSON.stringify(references.map(toCsl), null, 1)}\n`, { headers: { "content-type": "application/json" } });
};
