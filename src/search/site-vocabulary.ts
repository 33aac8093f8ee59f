/** The search vocabulary of this site: every drug, pathway and glossary term, from content/. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ProblemsError, type Problem } from "../checks/problem.ts";
import { CONTENT_DIR, CONTENT_PATHS } from "../content/content-paths.ts";
import { placeOfField } from "../content/yaml-places.ts";
import type { EntityCatalog } from "../entities/catalog.ts";
import { glossaryNames } from "../entities/glossary-schema.ts";
import { loadEntityCatalog } from "../entities/load-catalog.ts";
import { sitePaths } from "../links/site-paths.ts";
import { textKey } from "../text/text-key.ts";
import { parseSearchConcepts, type SearchConcepts } from "./concepts.ts";
import type { SearchVocabulary, VocabularyEntry } from "./vocabulary.ts";

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
  const taken = new Set(entities.flatMap((e) => [e.name, ...e.aliases].map(textKey)));
  const terms = catalog.glossary.flatMap((term) => {
    const names = glossaryNames(term).filter((n) => !taken.has(textKey(n)));
    return names.length ? [{ name: names[0]!, aliases: names.slice(1), url: url(glossaryPath(term.id)), type: "Glossary", card: term.definition }] : [];
  });
  const topics = (concepts?.concepts ?? []).map((c) => ({ name: c.name, aliases: c.aliases, url: url(c.url), type: "Topic", card: c.card }));
  return [...entities, ...terms, ...topics];
}

const glossaryPath = (id: string) => sitePaths.glossary(id);

/**
 * A concept's name or alias that search would read as another page's name (the catalog already
 * keeps drug, pathway and glossary names apart): one problem at its line in the concepts file.
 */
export function conceptProblems(catalog: EntityCatalog, concepts: SearchConcepts, file: { path: string; text: string }): Problem[] {
  const owner = new Map<string, { path: string; label: string }>();
  const claim = (name: string, path: string, label: string) => {
    if (!owner.has(textKey(name))) owner.set(textKey(name), { path, label });
  };
  for (const entity of catalog.entities) for (const name of entity.names) claim(name, entity.path, `${entity.kind} "${entity.id}"`);
  for (const term of catalog.glossary) for (const name of glossaryNames(term)) claim(name, glossaryPath(term.id), `glossary term "${term.term}"`);
  const problems: Problem[] = [];
  concepts.concepts.forEach((concept, i) => {
    const names = [
      { name: concept.name, field: ["concepts", i, "name"] },
      ...concept.aliases.map((name, j) => ({ name, field: ["concepts", i, "aliases", j] })),
    ];
    for (const { name, field } of names) {
      const other = owner.get(textKey(name));
      if (other && other.path !== concept.url)
        problems.push({
          file: file.path,
          ...placeOfField(file.path, file.text, field),
          rule: "search-concepts",
          severity: "error",
          message: `"${name}" already names ${other.label} (${other.path}); search could not tell which page it means`,
          fix: "remove it here, or point the concept at that page",
        });
      else claim(name, concept.url, `concept "${concept.name}"`);
    }
  });
  return problems;
}

/**
 * What /search-vocabulary.json ships, read from the project at `root`. Stops on the faults
 * `npm run check` reports, in its words.
 */
export function loadSearchVocabulary(url: (path: string) => string, root = "."): SearchVocabulary {
  const catalog = loadEntityCatalog(join(root, CONTENT_DIR));
  const path = join(root, CONTENT_PATHS.searchConcepts);
  if (!existsSync(path)) return { entries: siteVocabulary(catalog, url), spellings: {} };
  const text = readFileSync(path, "utf8");
  const { concepts, problems } = parseSearchConcepts(text, path);
  const all = concepts ? [...problems, ...conceptProblems(catalog, concepts, { path, text })] : problems;
  if (all.length > 0 || !concepts) throw new ProblemsError(all);
  return { entries: siteVocabulary(catalog, url, concepts), spellings: concepts.spellings };
}
