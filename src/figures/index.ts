/**
 * Drawn figures by id: each returns inline SVG markup generated from its data. A figure that is
 * a table (figure 4) has no entry here; its table is written in the chapter.
 *
 * Data files are read relative to the project root (where the build runs); a mistake in one stops
 * the build with the file and the field named.
 */
import { routes } from "../routes.ts";
import { figureDrawings } from "./drawings.ts";
import { svgMarkup } from "./svg.ts";

export async function drawFigure(id: string): Promise<string | undefined> {
  const draw = figureDrawings({ pathwayUrl: routes.pathway, drugUrl: routes.drug })[id];
  return draw && svgMarkup(draw());
}
