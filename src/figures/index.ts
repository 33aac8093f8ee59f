/**
 * Drawn figures by id, for the pages: inline SVG markup generated from each figure's data, Figure 3
 * from the drugs collection. A figure that is a table (figure 4) has no drawing; its table is
 * written in the chapter.
 *
 * Data files are read relative to the project root (where the build runs); a mistake in one stops
 * the build with the file and the field named.
 */
import { getDrugs } from "../entities/drugs.ts";
import { routes } from "../routes.ts";
import { FIGURE_DRAWINGS, isDrawnFigure } from "./drawings.ts";
import { svgMarkup } from "./svg.ts";

export async function drawFigure(id: string): Promise<string | undefined> {
  if (!isDrawnFigure(id)) return undefined;
  const drugs = (await getDrugs()).map((drug) => ({ id: drug.id, data: drug.data, file: drug.filePath }));
  return svgMarkup(FIGURE_DRAWINGS[id]!({ links: { pathwayUrl: routes.pathway, drugUrl: routes.drug }, root: ".", drugs }));
}
