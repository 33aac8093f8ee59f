/**
 * Where entity pages live. Pure (no Astro, no base path), so content plugins, figures and tests can
 * use it; src/routes.ts puts these paths under the deployment base for pages.
 */

/** The pathway pages, in reading order; Figure 1's nodes name one of these in their `pathway` field. */
export const PATHWAY_IDS = ["mapk", "pi3k-akt-mtor", "plcg-pkc", "jak-stat", "wnt-beta-catenin", "nf-kb", "er-crosstalk"] as const;
export type PathwayId = (typeof PATHWAY_IDS)[number];

/** Entities that have a page of their own (glossary terms share one page). */
export type EntityKind = "drug" | "pathway";

const FOLDER: Record<EntityKind, string> = { drug: "drugs", pathway: "pathways" };

export function isPathwayId(id: string): id is PathwayId {
  return (PATHWAY_IDS as readonly string[]).includes(id);
}

/** The page of an entity as a root-relative site path: entityPath("drug", "tucatinib") → "/drugs/tucatinib/". */
export function entityPath(kind: EntityKind, slug: string): string {
  return `/${FOLDER[kind]}/${slug}/`;
}

/** The index page of a kind of entity: "/drugs/", "/pathways/". */
export function entityIndexPath(kind: EntityKind): string {
  return `/${FOLDER[kind]}/`;
}

/**
 * The URL of a pathway page under a deployment base, for links drawn outside the Markdown pipeline
 * (Figure 1's nodes): pathwayUrl("mapk", "/her2/") → "/her2/pathways/mapk/". Throws on an unknown id,
 * naming the known ones, so a figure can never link to a page that does not exist.
 */
export function pathwayUrl(id: string, base = "/"): string {
  if (!isPathwayId(id)) throw new Error(`"${id}" is not a pathway id; use one of: ${PATHWAY_IDS.join(", ")}`);
  return base.replace(/\/?$/, "") + entityPath("pathway", id);
}
