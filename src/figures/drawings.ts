/**
 * Drawn figures by id, each drawn from its data with the links and sources it is given: the build
 * passes the site's routes, the figureData and drugs collections (src/figures/index.ts), `npm run
 * check` root-relative paths, the data files and the drug pages it has read
 * (src/checks/figure-data.ts). No import of the routes or the content layer here, so the checker
 * can run it outside Astro.
 */
import type { Element } from "hast";
import type { z } from "astro/zod";
import { figureDataFile } from "../content/content-paths.ts";
import { renderDrugTimeline, type TimelineDrug } from "./drug-timeline.ts";
import { renderHer2Regulation } from "./her2-regulation.ts";
import { drawAt, loadFigureData } from "./load.ts";
import { networkSchema, regulationSchema } from "./schema.ts";
import { renderSignallingNetwork } from "./signalling-network.ts";

/** The figures drawn from a data file of their own (content/figures/<id>.yaml), with its schema. */
export const FIGURE_DATA_SCHEMAS = { "signalling-network": networkSchema, "her2-regulation": regulationSchema } as const;
export type DataFigureId = keyof typeof FIGURE_DATA_SCHEMAS;
export type FigureData<K extends DataFigureId> = z.output<(typeof FIGURE_DATA_SCHEMAS)[K]>;
/** A figure's data, validated by its schema. */
export type FigureDataSource = <K extends DataFigureId>(id: K) => FigureData<K>;

/** The figures' data read from their files under `root` (for the checker and the tests); a fault throws a ProblemsError. */
export function figureDataFromFiles(root = "."): FigureDataSource {
  // TypeScript cannot follow a schema picked by a generic key to its output type; the schema is the id's.
  return <K extends DataFigureId>(id: K) => loadFigureData(figureDataFile(id), FIGURE_DATA_SCHEMAS[id], root) as FigureData<K>;
}

/** How a figure links to pages: through the site's base in the build, root-relative in `npm run check`. */
export interface FigureLinks {
  pathwayUrl: (id: string) => string;
  drugUrl: (slug: string) => string;
}

/** What the figures are drawn from besides their own data files. */
export interface FigureSources {
  links: FigureLinks;
  /** The data of the figures drawn from a file of their own. */
  data: FigureDataSource;
  /** Figure 3's drug pages, their frontmatter validated by the drug schema (src/entities/drug-schema.ts). */
  drugs: readonly TimelineDrug[];
}

/** Every drawn figure by id, each drawing itself as an <svg> element from its sources. */
export const FIGURE_DRAWINGS: Readonly<Record<string, (sources: FigureSources) => Element>> = {
  // Figure 1's nodes link to the pathway pages they belong to.
  "signalling-network": ({ links, data }) =>
    drawAt(figureDataFile("signalling-network"), () => renderSignallingNetwork(data("signalling-network"), { pathwayUrl: links.pathwayUrl })),
  "her2-regulation": ({ data }) => drawAt(figureDataFile("her2-regulation"), () => renderHer2Regulation(data("her2-regulation"))),
  // Figure 3 is drawn from the drug pages' frontmatter, linking each drug to its page.
  "drug-timeline": ({ links, drugs }) => renderDrugTimeline(drugs, { drugUrl: links.drugUrl }),
};

/** Whether figure `id` is drawn (a table figure, written in its chapter, is not). */
export function isDrawnFigure(id: string): boolean {
  return Object.hasOwn(FIGURE_DRAWINGS, id);
}
