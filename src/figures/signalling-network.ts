/**
 * Figure 1, the HER2 signalling network, drawn from content/figures/signalling-network.yaml.
 * Everything the figure shows is in that file; this only lays it out and builds the SVG.
 */
import type { Element } from "hast";
import { s } from "hastscript";
import type { NetworkData } from "./schema.ts";
import {
  checkCrossings,
  checkLegend,
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

export function renderSignallingNetwork(data: NetworkData, options: NetworkOptions = {}): Element {
  const { figureId = SIGNALLING_NETWORK_ID, pathwayUrl } = options;
  const layout = layoutGrid(data.grid, data.nodes, data.regions);
  checkLegend(data.edges, data.legend);
  const routed = data.edges.map((edge) => routeEdge(edge, layout));
  checkCrossings(routed, layout);

  const regions = data.regions.map((region) => renderRegion(figureId, region, layout.regions.get(region.id)!));
  const edges = routed.flatMap((r) => renderEdge(figureId, r));
  const nodes = data.nodes.map((node) => {
    const placed = layout.nodes.get(node.id)!;
    const drawn = renderNode(placed.measured, placed.rect);
    if (!node.pathway || !pathwayUrl) return drawn;
    // The link's name is the node's own text (WCAG 2.5.3: the visible label is the accessible name).
    return s("a", { class: "fig-node-link", href: pathwayUrl(node.pathway) }, drawn);
  });
  const pathways = [...new Set(data.nodes.flatMap((node) => (node.pathway ? [node.pathway] : [])))];
  const highlights = pathways.map((pathway) => {
    const rings = data.nodes
      .filter((node) => node.pathway === pathway)
      .map((node) => {
        const { x, y, w, h } = layout.nodes.get(node.id)!.rect;
        return s("rect", {
          class: "fig-highlight-ring",
          "data-node": node.id,
          x: px(x - RING_GAP),
          y: px(y - RING_GAP),
          width: px(w + 2 * RING_GAP),
          height: px(h + 2 * RING_GAP),
          rx: 9,
        });
      });
    return s("g", { class: "fig-highlight", id: pathwayHighlightId(pathway, figureId), "data-highlight": pathway }, rings);
  });
  const legendTop = layout.bottom + 6;
  const { legend, height: legendHeight } = renderLegend(legendItems(figureId, data.legend), data.grid.margin, legendTop, layout.width - 2 * data.grid.margin);
  const height = legendTop + legendHeight + data.grid.margin / 2;

  return svgDocument(figureId, layout.width, height, data.title, data.description, [
    group("fig-regions", regions),
    group("fig-edges", edges),
    group("fig-nodes", nodes),
    // Over the nodes, and hidden from assistive technology: the pathway pages list the nodes in words.
    s("g", { class: "fig-highlights", "aria-hidden": "true" }, highlights),
    legend,
  ]);
}
