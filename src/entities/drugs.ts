/**
 * The drug pages' data, typed, for every page and figure that lists drugs (the drug index, the drug
 * pages, Figure 3's timeline): getDrugs() sorts them by first approval, then name.
 */
import { getCollection, type CollectionEntry } from "astro:content";
import { byApproval } from "./drug-schema.ts";

export { byApproval, drugSchema, DRUG_CLASSES, DRUG_CLASS_LABELS, DRUG_TARGETS, DRUG_TARGET_LABELS } from "./drug-schema.ts";
export type { DrugClass, DrugData, DrugTarget } from "./drug-schema.ts";

/** A drug page: `id` is its slug ("tucatinib"), `data` its validated frontmatter. */
export type Drug = CollectionEntry<"drugs">;

export async function getDrugs(): Promise<Drug[]> {
  return (await getCollection("drugs")).sort((a, b) => byApproval(a.data, b.data));
}
