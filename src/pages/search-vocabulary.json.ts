/** The vocabulary the search UI loads when opened, for aliases and "Did you mean …?". */
import type { APIRoute } from "astro";
import { loadEntityCatalog } from "../entities/load-catalog.ts";
import { withBase } from "../routes.ts";
import { findAmbiguousTerms } from "../search/vocabulary.ts";
import { siteVocabulary } from "../search/site-vocabulary.ts";

export const GET: APIRoute = () => {
  const vocabulary = siteVocabulary(loadEntityCatalog("content"), withBase);
  const ambiguous = findAmbiguousTerms(vocabulary);
  if (ambiguous.length) throw new Error(`Search vocabulary: a name must lead to one page only:\n  ${ambiguous.join("\n  ")}`);
  return new Response(JSON.stringify(vocabulary), { headers: { "content-type": "application/json" } });
};
