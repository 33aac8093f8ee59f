/**
 * Figure 2, the layers of HER2 regulation, drawn from content/figures/her2-regulation.yaml.
 *
 * Each layer of control is a horizontal band: its name, a +/−/± badge and a short note on the left;
 * HER2 itself (gene, mRNA, receptor, and where it goes to be broken down) down the middle; what acts
 * on it on the right, each with its own badge.
 */
import type { Element } from "hast";
import { s } from "hastscript";
import type { RegulationData } from "./schema.ts";
import {
  FONT,
  LINE,
  badge,
  checkCrossings,
  checkLegend,
  layoutGrid,
  legendItems,
  multiline,
  px,
  renderEdge,
  renderLegend,
  renderNode,
  renderRegion,
  routeEdge,
  group,
  svgDocument,
  textWidth,
  wrap,
} from "./svg.ts";

export const HER2_REGULATION_ID = "her2-regulation";

/** Space left of the bands' content for each layer's name and note, in columns. */
const NAME_COLUMNS = 4;

export function renderHer2Regulation(data: RegulationData, figureId = HER2_REGULATION_ID): Element {
  const { grid } = data;
  const firstNodeColumn = Math.min(...data.nodes.map((n) => n.column));
  if (firstNodeColumn < NAME_COLUMNS) {
    const node = data.nodes.find((n) => n.column === firstNodeColumn)!;
    throw new Error(`node "${node.id}" is in column ${node.column}; columns 0–${NAME_COLUMNS - 1} hold the layers' names`);
  }
  // Each layer's name and note sit in the left-hand columns; its rows grow to hold them.
  const nameWidth = (NAME_COLUMNS + 0.5) * grid.columnWidth - 16;
  const layerText = data.layers.map((layer) => {
    const nameLines = wrap(layer.label, nameWidth - 22, FONT.label, 600);
    const noteLines = layer.note ? wrap(layer.note, nameWidth, FONT.small) : [];
    return { nameLines, noteLines, height: 22 + nameLines.length * LINE.label + noteLines.length * LINE.small };
  });
  const layout = layoutGrid(grid, data.nodes, data.regions, {
    minHeights: data.layers.map((layer, i) => ({ first: layer.rows[0], last: layer.rows[1], height: layerText[i]!.height })),
  });
  checkLegend(data.edges, data.legend);
  const routed = data.edges.map((edge) => routeEdge(edge, layout));
  checkCrossings(routed, layout);

  const nodeElements = new Map(
    data.nodes.map((node) => {
      const placed = layout.nodes.get(node.id)!;
      const { rect } = placed;
      const mark = node.effect ? badge(node.effect, rect.x + rect.w, rect.y) : undefined;
      return [node.id, renderNode(placed.measured, rect, mark)];
    }),
  );

  // Each layer: a band behind everything, then (above the edges) its name, badge, note and the
  // nodes that start in its rows, grouped so that a screen reader meets them together.
  const bands: Element[] = [];
  const layers: Element[] = [];
  const placedNodes = new Set<string>();
  data.layers.forEach((layer, i) => {
    const top = layout.rowTop(layer.rows[0]) + 1;
    const bottom = layout.rowTop(layer.rows[1] + 1) - 1;
    const x = grid.margin + 4;
    const { nameLines, noteLines } = layerText[i]!;
    bands.push(s("rect", { class: i % 2 === 0 ? "fig-band" : "fig-band fig-band--alt", x: 0, y: px(top), width: px(layout.width), height: px(bottom - top) }));
    const textTop = top + 10;
    const nameCentre = textTop + 12 - FONT.label * 0.35 + ((nameLines.length - 1) * LINE.label) / 2;
    const name = multiline(nameLines, x, nameCentre, LINE.label, FONT.label, "fig-layer-name");
    const badgeX = x + textWidth(nameLines[nameLines.length - 1]!, FONT.label, 600) + 14;
    const badgeY = textTop + 7 + (nameLines.length - 1) * LINE.label;
    const note = noteLines.length
      ? multiline(noteLines, x, textTop + nameLines.length * LINE.label + 4 + (noteLines.length * LINE.small) / 2, LINE.small, FONT.small, "fig-layer-note")
      : undefined;
    const members = data.nodes.filter((n) => n.row >= layer.rows[0] && n.row <= layer.rows[1]);
    for (const n of members) placedNodes.add(n.id);
    layers.push(
      s("g", { id: `${figureId}-layer-${layer.id}`, class: "fig-layer", "data-layer": layer.id, "data-effect": layer.effect }, [
        s("g", { "text-anchor": "start" }, name, note),
        badge(layer.effect, badgeX, badgeY),
        ...members.map((n) => nodeElements.get(n.id)!),
      ]),
    );
  });
  const looseNodes = data.nodes.filter((n) => !placedNodes.has(n.id)).map((n) => nodeElements.get(n.id)!);

  const regions = data.regions.map((region) => renderRegion(figureId, region, layout.regions.get(region.id)!));
  const edges = routed.flatMap((r) => renderEdge(figureId, r));
  const legendTop = layout.bottom + 6;
  const { legend, height: legendHeight } = renderLegend(legendItems(figureId, data.legend), grid.margin, legendTop, layout.width - 2 * grid.margin);
  const height = legendTop + legendHeight + grid.margin / 2;

  return svgDocument(figureId, layout.width, height, data.title, data.description, [
    group("fig-bands", bands),
    group("fig-regions", regions),
    group("fig-edges", edges),
    group("fig-layers", [...layers, ...looseNodes]),
    legend,
  ]);
}
