/**
 * Drawn figures by id, each drawn from its data with the links and sources it is given: the build
 * passes the site's routes and the drugs collection (src/figures/index.ts), `npm run check`
 * root-relative paths and the drug pages it has read (src/checks/figure-data.ts). No import of the
 * routes or the content layer here, so the checker can run it outside Astro.
 */
import type { Element } from "hast";
import { figureDataFile } from "../content/content-paths.ts";
import { renderDrugTimeline, type TimelineDrug } from "./drug-timeline.ts";
import { renderHer2Regulation } from "./her2-regulation.ts";
import { drawFromFile } from "./load.ts";
import { networkSchema, regulationSchema } from "./schema.ts";
import { renderSignallingNetwork } from "./signalling-network.ts";

/** How a figure links to pages: through the site's base in the build, root-relative in `npm run check`. */
export interface FigureLinks {
  pathwayUrl: (id: string) => string;
  drugUrl: (slug: string) => string;
}

/** What the figures are drawn from besides their own data files. */
export interface FigureSources {
  links: FigureLinks;
  /** The project folder the figures' data files (content/figures/*.yaml) are read from. */
  root: string;
  /** Figure 3's drug pages, their frontmatter validated by the drug schema (src/entities/drug-schema.ts). */
  drugs: readonly TimelineDrug[];
}

/** Every drawn figure by id, each drawing itself as an <svg> element from its sources. */
export const FIGURE_DRAWINGS: Readonly<Record<string, (sources: FigureSources) => Element>> = {
  // Figure 1's nodes link to the pathway pages they belong to.
  "signalling-network": ({ links, root }) =>
    drawFromFile(figureDataFile("signalling-network"), networkSchema, (data) => renderSignallingNetwork(data, { pathwayUrl: links.pathwayUrl }), root),
  "her2-regulation": ({ root }) => drawFromFile(figureDataFile("her2-regulation"), regulationSchema, renderHer2Regulation, root),
  // Figure 3 is drawn from the drug pages' frontmatter, linking each drug to its page.
  "drug-timeline": ({ links, drugs }) => renderDrugTimeline(drugs, { drugUrl: links.drugUrl }),
};

/** Whether figure `id` is drawn (a table figure, written in its chapter, is not). */
export function isDrawnFigure(id: string): boolean {
  return Object.hasOwn(FIGURE_DRAWINGS, id);
}
