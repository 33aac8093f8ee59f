/**
 * Drawn figures by id: each returns inline SVG markup generated from its data. A figure that is
 * a table (figure 4) has no entry here; its table is written in the chapter.
 *
 * Data files are read relative to the project root (where the build runs); a mistake in one stops
 * the build with the file and the field named.
 */
import { renderHer2Regulation } from "./her2-regulation.ts";
import { drawFromFile } from "./load.ts";
import { networkSchema, regulationSchema } from "./schema.ts";
import { renderSignallingNetwork } from "./signalling-network.ts";

const drawings: Record<string, () => Promise<string>> = {
  "signalling-network": async () => drawFromFile("content/figures/signalling-network.yaml", networkSchema, renderSignallingNetwork),
  "her2-regulation": async () => drawFromFile("content/figures/her2-regulation.yaml", regulationSchema, renderHer2Regulation),
};

export async function drawFigure(id: string): Promise<string | undefined> {
  return drawings[id]?.();
}
