/**
 * The data model of the drawn figures: what a maintainer writes in content/figures/*.yaml.
 *
 * A figure is a grid. Every node sits in a cell given as `column` and `row` (counted from 0, top
 * left); `span` and `rowSpan` widen or heighten its cell. Columns are `grid.columnWidth` pixels wide
 * and may be given in half steps (`column: 2.5`); rows are as tall as their tallest node. A node's
 * box is as wide as its text needs and sits centred in its cell. Edges join two nodes (or a node and
 * a region); `via` points, given in the same grid coordinates (cell centres), bend an edge round
 * other nodes. Regions (the membrane, the nucleus, a band of rows) are drawn behind the nodes.
 *
 * Everything a reader learns from a figure is data; the renderers in this folder only draw it.
 */
import { z } from "astro/zod";
import { PATHWAY_IDS } from "../entities/paths.ts";

/** The pathway pages a node will link to (src/entities/paths.ts). Rendered now as `data-pathway` on the node. */
export const pathwayIds = PATHWAY_IDS;

/** What a node is; decides its shape and colour (see src/figures/figures.css). */
export const nodeKinds = [
  "ligand", // a growth factor outside the cell (pill)
  "receptor", // a membrane receptor (tall box across the membrane)
  "complex", // the active receptor pair and its docking sites
  "kinase", // an enzyme that adds phosphate groups
  "protein", // any other signalling protein (GTPase, phospholipase, adaptor, inhibitor)
  "messenger", // a lipid or small second messenger (pill)
  "transcription", // a transcription factor that acts in the nucleus
  "crosstalk", // a protein of another pathway that HER2 signalling feeds into (dashed outline)
  "output", // a cell response
  "note", // plain text, no box
  "gene", // DNA: a gene or a stretch of chromosome
  "rna", // an RNA: messenger RNA or microRNA
  "regulator", // something that raises or lowers HER2 (figure 2)
  "compartment", // a place in the cell a molecule moves to (endosome, lysosome)
] as const;

/** How an edge is drawn: by line (solid, dashed) and by end (arrowhead, open head, flat bar, none). */
export const edgeKinds = [
  "activates", // solid line, arrowhead
  "inhibits", // solid line, flat bar
  "produces", // solid line, open arrowhead: is made into / gives rise to / moves on to
  "binds", // a ligand binding its receptor: short solid line, arrowhead
  "pairs", // two receptors forming a pair: thick joint, no end
  "crosstalk", // dashed line; its `effect` chooses the end
  "regulates", // solid line, round end: can raise or lower
] as const;

/** Which way a change moves HER2 (figure 2). */
export const effects = ["raises", "lowers", "both"] as const;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "use lower-case letters, digits and hyphens (e.g. pi3k or her2-b)");
const text = z.string().trim().min(1, "must not be empty");
/** Grid positions: whole or half cells. */
const gridNumber = z.number().min(0).multipleOf(0.5, "use whole or half cells (e.g. 2 or 2.5)");
const gridSize = z.number().positive().multipleOf(0.5, "use whole or half cells (e.g. 2 or 2.5)");

export const gridSchema = z.strictObject({
  /** Number of columns; the drawing is margin + columns × columnWidth + margin wide. */
  columns: z.number().int().positive(),
  columnWidth: z.number().int().min(8),
  /** Blank space round the whole drawing, px. */
  margin: z.number().int().min(0).default(20),
  /** Vertical space between the boxes of two neighbouring rows, px. */
  rowGap: z.number().int().min(8).default(24),
  /** The least height of a row's boxes, px (rows grow to fit their tallest node). */
  minRowHeight: z.number().int().min(16).default(32),
});

export const nodeSchema = z.strictObject({
  id,
  label: text,
  /** A smaller second line (wrapped if long). */
  sublabel: text.optional(),
  kind: z.enum(nodeKinds),
  /** Grid cell: the node's box sits centred in it. */
  column: gridNumber,
  row: z.number().int().min(0),
  /** Columns the cell covers (default 1); the box may grow to fill them. */
  span: gridSize.default(1),
  /** Rows the cell covers (default 1); a node that spans rows fills them top to bottom. */
  rowSpan: z.number().int().min(1).default(1),
  /** Make the box as wide as its cell instead of as wide as its text. */
  fill: z.boolean().default(false),
  /** The pathway page the node belongs to (rendered as data-pathway). */
  pathway: z.enum(pathwayIds).optional(),
  /** Draw the node stronger (HER2 itself). */
  emphasis: z.boolean().default(false),
  /** Figure 2: whether this regulator raises or lowers HER2 (shown as a +, − or ± badge). */
  effect: z.enum(effects).optional(),
});

const viaPoint = z.strictObject({
  column: z.number().min(0),
  row: z.number().min(0),
});

export const edgeSchema = z.strictObject({
  from: id,
  to: id,
  kind: z.enum(edgeKinds),
  /** For crosstalk only: an arrowhead (default), a flat bar, or no end for a two-way link. */
  effect: z.enum(["activates", "inhibits", "undirected"]).optional(),
  /** A short word or two shown beside the line. */
  label: text.optional(),
  /** Bends, in grid coordinates (the centre of a cell; halves and quarters allowed). */
  via: z.array(viaPoint).optional(),
});

export const regionSchema = z.strictObject({
  id,
  kind: z.enum(["membrane", "nucleus", "area"]),
  /** Shown in the region's top-left corner, in room kept above its first row (a membrane is named in the legend instead). */
  label: text.optional(),
  /** A line of text shown in the middle of the region. */
  note: text.optional(),
  /** Left edge (in columns) and width; a region spans the full width when these are left out. */
  column: gridNumber.optional(),
  span: gridSize.optional(),
  row: z.number().int().min(0),
  rowSpan: z.number().int().min(1).default(1),
});

/** One entry of the legend: a sample of an edge, a node kind, an effect badge or a region, and its wording. */
export const legendEntrySchema = z.union([
  z.strictObject({ edge: z.enum(edgeKinds), effect: z.enum(["activates", "inhibits"]).optional(), text }),
  z.strictObject({ node: z.enum(nodeKinds), text }),
  z.strictObject({ effect: z.enum(effects), text }),
  z.strictObject({ region: z.enum(["membrane", "nucleus", "area"]), text }),
]);

const baseFields = {
  /** The SVG's <title>: the figure's name. */
  title: text,
  /** The SVG's <desc>: what a sighted reader takes from the drawing, in one paragraph. */
  description: text,
  grid: gridSchema,
  regions: z.array(regionSchema).default([]),
  nodes: z.array(nodeSchema).min(1),
  edges: z.array(edgeSchema).default([]),
  /**
   * The key drawn under the figure, in this order. Every way an edge is drawn must be listed
   * (except `binds` and `pairs`, which explain themselves where they are drawn).
   */
  legend: z.array(legendEntrySchema).min(1),
};

export const layerSchema = z.strictObject({
  id,
  label: text,
  /** Whether this layer of control raises or lowers HER2 (or can do both). */
  effect: z.enum(effects),
  /** A few words shown under the layer's name. */
  note: text.optional(),
  /** First and last grid row of the layer's band. */
  rows: z.tuple([z.number().int().min(0), z.number().int().min(0)]),
});

type Issue = { path: (string | number)[]; message: string };

/** Checks that cannot be written as field types: ids are unique, edges point at real nodes, and so on. */
function crossCheck(data: z.infer<z.ZodObject<typeof baseFields>>, add: (issue: Issue) => void): void {
  const nodeIndex = new Map<string, number>();
  data.nodes.forEach((node, i) => {
    const first = nodeIndex.get(node.id);
    if (first !== undefined) add({ path: ["nodes", i, "id"], message: `duplicate node id "${node.id}" (also nodes[${first}])` });
    else nodeIndex.set(node.id, i);
    if (node.column + node.span > data.grid.columns) {
      add({
        path: ["nodes", i, "column"],
        message: `node "${node.id}" reaches column ${node.column + node.span}, past the grid's ${data.grid.columns} columns`,
      });
    }
  });
  const regionIndex = new Map<string, number>();
  data.regions.forEach((region, i) => {
    if (nodeIndex.has(region.id) || regionIndex.has(region.id)) {
      add({ path: ["regions", i, "id"], message: `region id "${region.id}" is already used by a node or region` });
    }
    regionIndex.set(region.id, i);
  });

  // Two nodes may not share a grid cell: their boxes would be drawn on top of each other.
  for (let i = 0; i < data.nodes.length; i++) {
    for (let j = 0; j < i; j++) {
      const a = data.nodes[i]!;
      const b = data.nodes[j]!;
      const columnsOverlap = a.column < b.column + b.span && b.column < a.column + a.span;
      const rowsOverlap = a.row < b.row + b.rowSpan && b.row < a.row + a.rowSpan;
      if (columnsOverlap && rowsOverlap) {
        add({
          path: ["nodes", i, "column"],
          message: `node "${a.id}" is in the same grid cell as node "${b.id}" (nodes[${j}]): column ${a.column}, row ${a.row}`,
        });
      }
    }
  }

  const seenEdges = new Map<string, number>();
  data.edges.forEach((edge, i) => {
    for (const end of ["from", "to"] as const) {
      const target = edge[end];
      if (!nodeIndex.has(target) && !regionIndex.has(target)) {
        add({
          path: ["edges", i, end],
          message: `edge ${edge.from}->${edge.to} points at "${target}", which is no node or region id`,
        });
      }
    }
    if (edge.from === edge.to) add({ path: ["edges", i, "to"], message: `edge ${edge.from}->${edge.to} joins a node to itself` });
    if (edge.effect && edge.kind !== "crosstalk") {
      add({ path: ["edges", i, "effect"], message: `"effect" is only for crosstalk edges; use kind "${edge.effect}" instead` });
    }
    const key = `${edge.from}->${edge.to}`;
    const first = seenEdges.get(key);
    if (first !== undefined) add({ path: ["edges", i], message: `edge ${key} is listed twice (also edges[${first}])` });
    else seenEdges.set(key, i);
  });
}

/** Figure 1: nodes, edges and regions. */
export const networkSchema = z.strictObject(baseFields).superRefine((data, ctx) => {
  crossCheck(data, (issue) => ctx.addIssue({ code: "custom", ...issue }));
});

/** Figure 2: the same, plus the horizontal bands ("layers") that group the rows. */
export const regulationSchema = z.strictObject({ ...baseFields, layers: z.array(layerSchema).min(1) }).superRefine((data, ctx) => {
  crossCheck(data, (issue) => ctx.addIssue({ code: "custom", ...issue }));
  const rowCount = Math.max(...data.nodes.map((n) => n.row + n.rowSpan));
  let previousEnd = -1;
  data.layers.forEach((layer, i) => {
    const [first, last] = layer.rows;
    if (last < first) ctx.addIssue({ code: "custom", path: ["layers", i, "rows"], message: `last row ${last} comes before first row ${first}` });
    if (first <= previousEnd) {
      ctx.addIssue({ code: "custom", path: ["layers", i, "rows"], message: `layer "${layer.id}" starts at row ${first}, inside the layer above it` });
    }
    if (last >= rowCount) {
      ctx.addIssue({
        code: "custom",
        path: ["layers", i, "rows"],
        message: `layer "${layer.id}" ends at row ${last}, but no node is below row ${rowCount - 1}`,
      });
    }
    previousEnd = Math.max(previousEnd, last);
  });
  data.nodes.forEach((node, i) => {
    if (node.kind === "regulator" && !node.effect) {
      ctx.addIssue({ code: "custom", path: ["nodes", i, "effect"], message: `regulator "${node.id}" needs an effect: raises, lowers or both` });
    }
  });
});

export type NetworkData = z.infer<typeof networkSchema>;
export type RegulationData = z.infer<typeof regulationSchema>;
export type FigureNode = z.infer<typeof nodeSchema>;
export type FigureEdge = z.infer<typeof edgeSchema>;
export type FigureRegion = z.infer<typeof regionSchema>;
export type FigureGrid = z.infer<typeof gridSchema>;
export type Layer = z.infer<typeof layerSchema>;
export type LegendEntry = z.infer<typeof legendEntrySchema>;
export type NodeKind = (typeof nodeKinds)[number];
export type EdgeKind = (typeof edgeKinds)[number];
export type Effect = (typeof effects)[number];
