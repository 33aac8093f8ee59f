/**
 * Drawn figures by id, for the pages: inline SVG markup generated from each figure's data, from the
 * figureData collection (Figure 3 from the drugs collection). A figure that is a table (figure 4)
 * has no drawing; its table is written in the chapter.
 */
import { getCollection } from "astro:content";
import { getDrugs } from "../entities/drugs.ts";
import { routes } from "../routes.ts";
import { FIGURE_DRAWINGS, isDrawnFigure, type FigureData, type FigureDataSource } from "./drawings.ts";
import { svgMarkup } from "./svg.ts";

export async function drawFigure(id: string): Promise<string | undefined> {
  if (!isDrawnFigure(id)) return undefined;
  const [drugs, figureData] = await Promise.all([getDrugs(), getCollection("figureData")]);
  const byId = new Map(figureData.map((entry) => [entry.id, entry.data]));
  // The loader stored each figure's data under its id, validated by that figure's schema.
  const data: FigureDataSource = (figure) => byId.get(figure) as FigureData<typeof figure>;
  const timelineDrugs = drugs.map((drug) => ({ id: drug.id, data: drug.data, file: drug.filePath }));
  return svgMarkup(FIGURE_DRAWINGS[id]!({ links: { pathwayUrl: routes.pathway, drugUrl: routes.drug }, data, drugs: timelineDrugs }));
}
