/**
 * Drawn figures by id: each returns inline SVG markup generated from its data. A figure that is
 * a table (figure 4) has no entry here; its table is written in the chapter.
 *
 * Data files are read relative to the project root (where the build runs); a mistake in one stops
 * the build with the file and the field named.
 */
import { routes } from "../routes.ts";
import { renderDrugTimeline } from "./drug-timeline.ts";
import { loadDrugs } from "./drug-timeline-data.ts";
import { renderHer2Regulation } from "./her2-regulation.ts";
import { drawFromFile } from "./load.ts";
import { networkSchema, regulationSchema } from "./schema.ts";
import { renderSignallingNetwork } from "./signalling-network.ts";

const drawings: Record<string, () => Promise<string>> = {
  // Figure 1's nodes link to the pathway pages they belong to.
  "signalling-network": async () =>
    drawFromFile("content/figures/signalling-network.yaml", networkSchema, (data) => renderSignallingNetwork(data, { pathwayUrl: routes.pathway })),
  "her2-regulation": async () => drawFromFile("content/figures/her2-regulation.yaml", regulationSchema, renderHer2Regulation),
  // Figure 3 is drawn from the drug pages' frontmatter (content/drugs/*.mdx), linking each drug to its page.
  "drug-timeline": async () => renderDrugTimeline(loadDrugs(), { drugUrl: routes.drug }),
};

export async function drawFigure(id: string): Promise<string | undefined> {
  return drawings[id]?.();
}
