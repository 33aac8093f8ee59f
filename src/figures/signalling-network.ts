/**
 * Figure 1, the HER2 signalling network, drawn from content/figures/signalling-network.yaml.
 * Everything the figure shows is in that file; this only lays it out and writes the SVG.
 */
import type { NetworkData } from "./schema.ts";
import { checkCrossings, checkLegend, layoutGrid, legendItems, renderEdge, renderLegend, renderNode, renderRegion, routeEdge, group, svgDocument } from "./svg.ts";

export const SIGNALLING_NETWORK_ID = "signalling-network";

export function renderSignallingNetwork(data: NetworkData, figureId = SIGNALLING_NETWORK_ID): string {
  const layout = layoutGrid(data.grid, data.nodes, data.regions);
  checkLegend(data.edges, data.legend);
  const routed = data.edges.map((edge) => routeEdge(edge, layout));
  checkCrossings(routed, layout);

  const regions = data.regions.map((region) => renderRegion(figureId, region, layout.regions.get(region.id)!));
  const edges = routed.map((r) => renderEdge(figureId, r));
  const nodes = data.nodes.map((node) => {
    const placed = layout.nodes.get(node.id)!;
    return renderNode(placed.measured, placed.rect);
  });
  const legendTop = layout.bottom + 6;
  const legend = renderLegend(legendItems(figureId, data.legend), data.grid.margin, legendTop, layout.width - 2 * data.grid.margin);
  const height = legendTop + legend.height + data.grid.margin / 2;

  const body =
    group("fig-regions", regions.join("")) +
    group("fig-edges", edges.join("")) +
    group("fig-nodes", nodes.join("")) +
    legend.markup;
  return svgDocument(figureId, layout.width, height, data.title, data.description, body);
}
