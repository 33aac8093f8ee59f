/**
 * Figure 3's data: the drug pages' frontmatter (content/drugs/*.mdx), read straight from disk like
 * the remark plugin does (the figures are drawn outside Astro's content layer, and in the unit
 * tests). Each file is checked against the same schema as the drugs collection, so a mistake names
 * the file and the field. Nothing about a drug is written anywhere but its page.
 */
import { existsSync } from "node:fs";
import { CONTENT_PATHS } from "../content/content-paths.ts";
import type { Sourced } from "../entities/catalog.ts";
import { byApproval, drugSchema, type DrugData } from "../entities/drug-schema.ts";
import { pageFiles, readPages } from "../entities/read-content.ts";

/** Every drug page, `id` its slug (the file's name), sorted by first approval, then name. */
export function loadDrugs(dir: string = CONTENT_PATHS.drugs): Sourced<DrugData>[] {
  // A figure without its drugs is wrong, not empty.
  if (!existsSync(dir)) throw new Error(`${dir}: cannot list the drug pages (there is no such folder)`);
  return readPages(pageFiles(dir), drugSchema).sort((a, b) => byApproval(a.data, b.data));
}
