/** The vocabulary the search UI loads when opened, for aliases and "Did you mean …?". */
import type { APIRoute } from "astro";
import { withBase } from "../routes.ts";
import { loadSearchVocabulary } from "../search/site-vocabulary.ts";

export const GET: APIRoute = () => new Response(JSON.stringify(loadSearchVocabulary(withBase)), { headers: { "content-type": "application/json" } });
