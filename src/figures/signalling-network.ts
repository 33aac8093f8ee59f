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
  px,
  svgDocument,
} from "./svg.ts";

export const SIGNALLING_NETWORK_ID = "signalling-network";

/**
 * The id of a pathway's highlight in Figure 1. A link to `#signalling-network-pathway-<id>` (a
 * pathway page's "See its N nodes") makes it the :target, and figures.css shows its rings around
 * the pathway's nodes: no script, and the address can be shared.
 */
export function pathwayHighlightId(pathway: string, figureId = SIGNALLING_NETWORK_ID): string {
  return `${figureId}-pathway-${pathway}`;
}

/** How far a highlight ring stands off its node, in drawing pixels. */
const RING_GAP = 4;

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
  const pathways = [...new Set(data.nodes.flatMap((node) => (node.pathway ? [node.pathway] : [])))];
  const highlights = pathways.map((pathway) => {
    const rings = data.nodes
      .filter((node) => node.pathway === pathway)
      .map((node) => {
        const { x, y, w, h } = layout.nodes.get(node.id)!.rect;
        return `<rect class="fig-highlight-ring" data-node="${escAttr(node.id)}" x="${px(x - RING_GAP)}" y="${px(y - RING_GAP)}" width="${px(w + 2 * RING_GAP)}" height="${px(h + 2 * RING_GAP)}" rx="9"/>`;
      });
    return `<g class="fig-highlight" id="${escAttr(pathwayHighlightId(pathway, figureId))}" data-highlight="${escAttr(pathway)}">${rings.join("")}</g>`;
  });
  const legendTop = layout.bottom + 6;
  const legend = renderLegend(legendItems(figureId, data.legend), data.grid.margin, legendTop, layout.width - 2 * data.grid.margin);
  const height = legendTop + legend.height + data.grid.margin / 2;

  const body =
    group("fig-regions", regions.join("")) +
    group("fig-edges", edges.join("")) +
    group("fig-nodes", nodes.join("")) +
    // Over the nodes, and hidden from assistive technology: the pathway pages list the nodes in words.
    `<g class="fig-highlights" aria-hidden="true">${highlights.join("")}</g>` +
    legend.markup;
  return svgDocument(figureId, layout.width, height, data.title, data.description, body);
}
