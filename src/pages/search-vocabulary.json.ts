/** The vocabulary the search UI loads when opened, for aliases and "Did you mean …?". */
import type { APIRoute } from "astro";
import { loadEntityCatalog } from "../entities/load-catalog.ts";
import { withBase } from "../routes.ts";
import { findAmbiguousTerms, type SearchVocabulary } from "../search/vocabulary.ts";
import { readSearchConcepts } from "../search/concepts.ts";
import { siteVocabulary } from "../search/site-vocabulary.ts";

export const GET: APIRoute = () => {
  const concepts = readSearchConcepts();
  const vocabulary = siteVocabulary(loadEntityCatalog("content"), withBase, concepts);
  const ambiguous = findAmbiguousTerms(vocabulary);
  if (ambiguous.length) throw new Error(`Search vocabulary: a name must lead to one page only:\n  ${ambiguous.join("\n  ")}`);
  const shipped: SearchVocabulary = { entries: vocabulary, spellings: concepts.spellings };
  return new Response(JSON.stringify(shipped), { headers: { "content-type": "application/json" } });
};
