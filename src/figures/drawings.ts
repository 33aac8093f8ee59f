/**
 * Drawn figures by id, each drawn from its data with the links it is given: the build passes the
 * site's routes (src/figures/index.ts), `npm run check` root-relative paths. No import of the
 * routes here, so the checker can run it outside Astro.
 */
import type { Element } from "hast";
import { renderDrugTimeline } from "./drug-timeline.ts";
import { join } from "node:path";
import { CONTENT_PATHS, figureDataFile } from "../content/content-paths.ts";
import { loadDrugs } from "./drug-timeline-data.ts";
import { renderHer2Regulation } from "./her2-regulation.ts";
import { drawFromFile } from "./load.ts";
import { networkSchema, regulationSchema } from "./schema.ts";
import { renderSignallingNetwork } from "./signalling-network.ts";

/** How a figure links to pages: through the site's base in the build, root-relative in `npm run check`. */
export interface FigureLinks {
  pathwayUrl: (id: string) => string;
  drugUrl: (slug: string) => string;
}

/** Every drawn figure by id, each drawing itself as an <svg> element from its data with the given links. */
export function figureDrawings(links: FigureLinks, root = "."): Record<string, () => Element> {
  return {
    // Figure 1's nodes link to the pathway pages they belong to.
    "signalling-network": () =>
      drawFromFile(figureDataFile("signalling-network"), networkSchema, (data) => renderSignallingNetwork(data, { pathwayUrl: links.pathwayUrl }), root),
    "her2-regulation": () => drawFromFile(figureDataFile("her2-regulation"), regulationSchema, renderHer2Regulation, root),
    // Figure 3 is drawn from the drug pages' frontmatter (content/drugs/*.mdx), linking each drug to its page.
    "drug-timeline": () => renderDrugTimeline(loadDrugs(join(root, CONTENT_PATHS.drugs)), { drugUrl: links.drugUrl }),
  };
}
