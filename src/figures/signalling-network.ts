/**
 * Figure 1, the HER2 signalling network, drawn from content/figures/signalling-network.yaml.
 * Everything the figure shows is in that file; this only lays it out and writes the SVG.
 */
import type { NetworkData } from "./schema.ts";
import {
  checkCrossings,
  checkLegend,
  escAttr,
  layoutGrid,
  legendItems,
  renderEdge,
  renderLegend,
  renderNode,
  renderRegion,
  routeEdge,
  group,
  svgDocument,
} from "./svg.ts";

export const SIGNALLING_NETWORK_ID = "signalling-network";

export interface NetworkOptions {
  figureId?: string;
  /** The page of a pathway: a node that belongs to one links there. */
  pathwayUrl?: (pathway: string) => string;
}

export function renderSignallingNetwork(data: NetworkData, options: NetworkOptions = {}): string {
  const { figureId = SIGNALLING_NETWORK_ID, pathwayUrl } = options;
  const layout = layoutGrid(data.grid, data.nodes, data.regions);
  checkLegend(data.edges, data.legend);
  const routed = data.edges.map((edge) => routeEdge(edge, layout));
  checkCrossings(routed, layout);

  const regions = data.regions.map((region) => renderRegion(figureId, region, layout.regions.get(region.id)!));
  const edges = routed.map((r) => renderEdge(figureId, r));
  const nodes = data.nodes.map((node) => {
    const placed = layout.nodes.get(node.id)!;
    const drawn = renderNode(placed.measured, placed.rect);
    if (!node.pathway || !pathwayUrl) return drawn;
    // The link's name is the node's own text (WCAG 2.5.3: the visible label is the accessible name).
    return `<a class="fig-node-link" href="${escAttr(pathwayUrl(node.pathway))}">${drawn}</a>`;
  });
  const legendTop = layout.bottom + 6;
  const legend = renderLegend(legendItems(figureId, data.legend), data.grid.margin, legendTop, layout.width - 2 * data.grid.margin);
  const height = legendTop + legend.height + data.grid.margin / 2;

  const body = group("fig-regions", regions.join("")) + group("fig-edges", edges.join("")) + group("fig-nodes", nodes.join("")) + legend.markup;
  return svgDocument(figureId, layout.width, height, data.title, data.description, body);
}
