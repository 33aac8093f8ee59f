/** /data/references.json: the review's references as CSL-JSON, numbered as the review numbers them. */
import type { APIRoute } from "astro";
import { getBibliography } from "../../citations/references.ts";
import { toCsl } from "../../open-data/csl.ts";

export const GET: APIRoute = async () => {
  const { references } = await getBibliography();
  return new Response(`${JSON.stringify(references.map(toCsl), null, 1)}\n`, { headers: { "content-type": "application/json" } });
};
