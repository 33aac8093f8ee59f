/** The pathway pages' data, in the reading order of PATHWAY_IDS; every id must have its page. */
import { getCollection, type CollectionEntry } from "astro:content";
import { PATHWAY_IDS } from "./paths.ts";
import { CONTENT_PATHS } from "../content/content-paths.ts";

export type Pathway = CollectionEntry<"pathways">;

export async function getPathways(): Promise<Pathway[]> {
  const pathways = await getCollection("pathways");
  const missing = PATHWAY_IDS.filter((id) => !pathways.some((p) => p.id === id));
  if (missing.length) {
    throw new Error(
      `${CONTENT_PATHS.pathways}/: no page for pathway ${missing.map((id) => `"${id}"`).join(", ")}; Figure 1 links to every pathway id (add ${CONTENT_PATHS.pathways}/<id>.mdx)`,
    );
  }
  const order = (p: Pathway) => (PATHWAY_IDS as readonly string[]).indexOf(p.id);
  return pathways.sort((a, b) => order(a) - order(b));
}
