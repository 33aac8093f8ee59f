/** The entity catalog and the "Discussed in" index as pages see them: from the content collections and the chapters. */
import { readFileSync } from "node:fs";
import { getChapters } from "../chapters/chapters.ts";
import { CONTENT_PATHS } from "../content/content-paths.ts";
import { buildCatalog, entityKey, type EntityCatalog } from "./catalog.ts";
import { indexDiscussions, type Discussion } from "./discussed-in.ts";
import { getDrugs } from "./drugs.ts";
import { getGlossary } from "./glossary.ts";
import type { EntityKind } from "./paths.ts";
import { getPathways } from "./pathways.ts";

export type { Discussion } from "./discussed-in.ts";
export type { Entity, EntityCatalog } from "./catalog.ts";

/** Drugs, pathways and glossary terms with their names and page paths (for links, search, figures). */
export async function getEntityCatalog(): Promise<EntityCatalog> {
  const [drugs, pathways, glossary] = await Promise.all([getDrugs(), getPathways(), getGlossary()]);
  // The files' text only places a problem at its line; the data comes from the collections.
  const text = (file: string) => readFileSync(file, "utf8");
  const sourced = <T>(entry: { id: string; data: T; filePath?: string }) => {
    const file = entry.filePath ?? entry.id;
    return { id: entry.id, data: entry.data, file, text: entry.filePath ? text(file) : "" };
  };
  return buildCatalog({
    drugs: drugs.map(sourced),
    pathways: pathways.map(sourced),
    glossary: glossary.map((g) => ({ id: g.id, ...g.data })),
    glossaryFile: { path: CONTENT_PATHS.glossary, text: text(CONTENT_PATHS.glossary) },
  });
}

/** Every chapter section that discusses the entity, in reading order. */
export async function getDiscussedIn(kind: EntityKind, id: string): Promise<Discussion[]> {
  const [{ linkMatcher }, chapters] = await Promise.all([getEntityCatalog(), getChapters()]);
  const index = indexDiscussions(
    chapters.map((c) => ({ slug: c.slug, title: `${c.entry.data.section}. ${c.entry.data.title}`, sections: c.index.sections })),
    linkMatcher,
  );
  return index.get(entityKey(kind, id)) ?? [];
}
