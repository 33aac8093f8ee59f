/** The search vocabulary of this site: every drug, pathway and glossary term, from content/. */
import type { EntityCatalog } from "../entities/catalog.ts";
import type { SearchConcepts } from "./concepts.ts";
import { normalizeTerm, type VocabularyEntry } from "./vocabulary.ts";

const TYPE = { drug: "Drug", pathway: "Pathway" } as const;

/**
 * `url` turns a root-relative site path into a link under the deployment base. A glossary name
 * that is also a drug or pathway name (MAPK, PI3K) leads to that page, which says more.
 */
export function siteVocabulary(catalog: EntityCatalog, url: (path: string) => string, concepts?: SearchConcepts): VocabularyEntry[] {
  const entities = catalog.entities.map((entity) => ({
    name: entity.name,
    aliases: entity.names.slice(1),
    url: url(entity.path),
    type: TYPE[entity.kind],
    card: entity.card,
  }));
  const taken = new Set(entities.flatMap((e) => [e.name, ...e.aliases].map(normalizeTerm)));
  const terms = catalog.glossary.flatMap((term) => {
    const names = [term.term, ...(term.expansion ? [term.expansion] : []), ...term.aliases].filter((n) => !taken.has(normalizeTerm(n)));
    return names.length ? [{ name: names[0]!, aliases: names.slice(1), url: url(`/glossary/#${term.id}`), type: "Glossary", card: term.definition }] : [];
  });
  const topics = (concepts?.concepts ?? []).map((c) => ({ name: c.name, aliases: c.aliases, url: url(c.url), type: "Topic", card: c.card }));
  return [...entities, ...terms, ...topics];
}
