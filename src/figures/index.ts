/**
 * Drawn figures by id: each returns inline SVG markup generated from its data. A figure that is
 * a table (figure 4) has no entry here; its table is written in the chapter.
 */
const drawings: Record<string, () => Promise<string>> = {};

export async function drawFigure(id: string): Promise<string | undefined> {
  return drawings[id]?.();
}
