/**
 * Shared pieces for the drawn figures: text measuring, the grid → pixel layout, boxes with text,
 * edges with arrowheads or inhibition bars, and the legend. Pure functions: data in, hast elements
 * out (built with hastscript's `s`), serialised once per figure by `svgMarkup`, which escapes text
 * and attributes.
 *
 * The markup carries no colours and no style attributes: every colour comes from the `fig-…`
 * classes in src/figures/figures.css (the site's Content-Security-Policy blocks inline styles).
 * Sizes that decide the layout (font sizes, line widths of markers) are set here, as attributes.
 */
import type { Element, ElementContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { s } from "hastscript";
import { visit } from "unist-util-visit";
import type { Effect, FigureEdge, FigureGrid, FigureNode, FigureRegion, LegendEntry, NodeKind } from "./schema.ts";

// ─── Text ────────────────────────────────────────────────────────────────────────────────────────

/** Rounds to whole pixels: the markup stays short and the lines stay crisp. */
export const px = (n: number): number => Math.round(n);

/** Font sizes in px (the drawing is laid out for a ~680 px wide column). */
export const FONT = { label: 14, small: 12 } as const;
/** Line heights in px for the two font sizes. */
export const LINE = { label: 17, small: 15 } as const;

// Advance widths of DejaVu Sans (a wide font: what many Linux machines show for system-ui), in
// hundredths of an em, regular then semi-bold. Estimating with a wide font keeps every label inside
// its box on narrower fonts (Segoe UI, San Francisco, Roboto) too.
const CHARS = "0123456789 !\"#$%&'()*+,-./:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~αβγκμ²³⁺⁻′–—·±−×→₂₃ΔéèöüÀ";
const W400 =
  "64,64,64,64,64,64,64,64,64,64,32,40,46,84,64,95,78,27,39,39,50,84,32,36,32,34,34,34,84,84,84,53,100,68,69,70,77,63,58,77,75,29,29,66,56,86,75,79,60,79,69,63,61,73,68,99,69,61,69,39,34,39,84,50,50,61,63,55,63,62,35,63,63,28,28,58,28,97,63,61,63,63,41,52,39,63,59,82,59,59,52,64,34,64,84,66,64,59,59,64,40,40,53,53,23,50,100,32,84,84,84,84,40,40,68,62,62,61,63,68";
const W600 =
  "70,70,70,70,70,70,70,70,70,70,35,46,52,84,70,100,87,31,46,46,52,84,38,42,38,37,40,40,84,84,84,58,100,77,76,73,83,68,68,82,84,37,37,77,64,100,84,85,73,85,77,72,68,81,77,110,77,72,73,46,37,46,84,50,50,67,72,59,72,68,44,72,71,34,34,67,34,104,71,69,72,72,49,60,48,71,65,92,65,65,58,71,37,71,84,69,72,68,71,74,44,44,53,53,26,50,100,38,84,84,84,84,44,44,77,68,68,69,71,77";

function widthTable(list: string): Map<string, number> {
  const widths = list.split(",").map(Number);
  return new Map(Array.from(CHARS).map((ch, i) => [ch, (widths[i] ?? 64) / 100]));
}
const WIDTHS = { 400: widthTable(W400), 600: widthTable(W600) } as const;

/** Estimated width of `text` in px. */
export function textWidth(text: string, size: number, weight: 400 | 600 = 400): number {
  const table = WIDTHS[weight];
  let em = 0;
  for (const ch of text) em += table.get(ch) ?? (weight === 600 ? 0.72 : 0.66);
  return em * size;
}

/** Breaks `text` into lines no wider than `max` (a single word longer than that gets its own line). */
export function wrap(text: string, max: number, size: number, weight: 400 | 600 = 400): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size, weight) > max) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

// ─── Layout: grid → pixels ───────────────────────────────────────────────────────────────────────

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface Point {
  x: number;
  y: number;
}

/** Horizontal space left between a box and the edge of its cell, on each side. */
const GUTTER = 4;
const PAD_X = 7;
const PAD_Y = 7;
const MIN_BOX_WIDTH = 44;
/** Room kept above a labelled region's first row. */
const REGION_LABEL_SPACE = 18;
/** Kinds whose box has a fixed least height (receptors reach across the membrane). */
const MIN_HEIGHT: Partial<Record<NodeKind, number>> = { receptor: 64 };

export interface MeasuredNode {
  node: FigureNode;
  w: number;
  /** Natural height; a node that spans rows is stretched to fill them. */
  h: number;
  label: string[];
  sub: string[];
}

/** Works out a node's box size and line breaks; throws if its text cannot fit its cell. */
export function measureNode(node: FigureNode, grid: FigureGrid): MeasuredNode {
  const cell = node.span * grid.columnWidth - 2 * GUTTER;
  const note = node.kind === "note";
  const pad = note ? 0 : PAD_X;
  const labelWidth = textWidth(node.label, note ? FONT.small : FONT.label, note ? 400 : 600);
  const subWidth = node.sublabel ? textWidth(node.sublabel, FONT.small) : 0;
  const w = node.fill ? cell : Math.min(cell, Math.max(MIN_BOX_WIDTH, labelWidth + 2 * pad, subWidth + 2 * pad));
  const inner = w - 2 * pad;
  const label = note ? wrap(node.label, inner, FONT.small) : wrap(node.label, inner, FONT.label, 600);
  const sub = node.sublabel ? wrap(node.sublabel, inner, FONT.small) : [];
  const widest = Math.max(...label.map((l) => textWidth(l, note ? FONT.small : FONT.label, note ? 400 : 600)), ...sub.map((l) => textWidth(l, FONT.small)));
  if (widest > inner + 0.5) {
    throw new Error(
      `node "${node.id}": the word(s) of "${node.label}${node.sublabel ? ` / ${node.sublabel}` : ""}" need about ${Math.ceil(widest + 2 * pad)} px but its cell allows ${Math.floor(w)} px; give it a larger span or a shorter label`,
    );
  }
  const textHeight = note ? label.length * LINE.small : label.length * LINE.label + sub.length * LINE.small;
  const h = Math.max(grid.minRowHeight, note ? textHeight : textHeight + 2 * PAD_Y, MIN_HEIGHT[node.kind] ?? 0);
  return { node, w, h, label, sub };
}

export interface Layout {
  width: number;
  /** Bottom of the last row. */
  bottom: number;
  /** x of grid line `c` (the left edge of column c; fractions interpolate). */
  lineX(c: number): number;
  /** x of the centre of the cell at column `c` (for via points). */
  cellX(c: number): number;
  /** y of the centre of row `r` (fractions interpolate between row centres). */
  rowY(r: number): number;
  /** Top of row `r`'s block, including any header space above it. */
  rowTop(r: number): number;
  /** Top of the boxes in row `r` (below its header space and half the gap). */
  contentTop(r: number): number;
  /** Bottom of the boxes in row `r`. */
  contentBottom(r: number): number;
  nodes: Map<string, { rect: Rect; measured: MeasuredNode }>;
  regions: Map<string, Rect>;
}

/**
 * Places every node: rows grow to fit their tallest box; `headerSpace` adds room above a row and
 * `minHeights` makes a run of rows tall enough for text beside them. `top` is where row 0 starts.
 */
export function layoutGrid(
  grid: FigureGrid,
  nodes: readonly FigureNode[],
  regions: readonly FigureRegion[],
  options: {
    top?: number;
    headerSpace?: ReadonlyMap<number, number>;
    /** Rows `first`…`last` together are at least `height` px tall (for text beside them). */
    minHeights?: readonly { first: number; last: number; height: number }[];
  } = {},
): Layout {
  const measured = nodes.map((n) => measureNode(n, grid));
  const rowCount = Math.max(...nodes.map((n) => n.row + n.rowSpan), ...regions.map((r) => r.row + r.rowSpan));
  const content = Array.from({ length: rowCount }, () => grid.minRowHeight);
  for (const m of measured) {
    if (m.node.rowSpan === 1) content[m.node.row] = Math.max(content[m.node.row]!, m.h);
  }
  // A labelled region (not a membrane) keeps room above its first row for its label.
  const headers = new Map(options.headerSpace ?? []);
  for (const region of regions) {
    if (region.label && region.kind !== "membrane") headers.set(region.row, Math.max(headers.get(region.row) ?? 0, REGION_LABEL_SPACE));
  }
  const header = (r: number) => headers.get(r) ?? 0;
  const blockHeight = (r: number) => header(r) + grid.rowGap + content[r]!;
  // A node spanning rows that is taller than the rows it spans makes its last row taller.
  for (const m of measured) {
    if (m.node.rowSpan === 1) continue;
    const first = m.node.row;
    const last = first + m.node.rowSpan - 1;
    let available = content[last]! + header(last) - header(first);
    for (let r = first; r < last; r++) available += blockHeight(r);
    if (m.h > available) content[last] = content[last]! + (m.h - available);
  }
  for (const { first, last, height } of options.minHeights ?? []) {
    let total = 0;
    for (let r = first; r <= last; r++) total += blockHeight(r);
    if (total < height) content[last] = content[last]! + (height - total);
  }
  const tops: number[] = [];
  let y = options.top ?? grid.margin;
  for (let r = 0; r < rowCount; r++) {
    tops.push(y);
    y += blockHeight(r);
  }
  const bottom = y;
  const rowTop = (r: number) => tops[r] ?? bottom;
  const contentTop = (r: number) => rowTop(r) + header(r) + grid.rowGap / 2;
  const contentBottom = (r: number) => contentTop(r) + (content[r] ?? 0);
  const centre = (r: number) => (contentTop(r) + contentBottom(r)) / 2;
  const rowY = (r: number) => {
    const low = Math.max(0, Math.min(rowCount - 1, Math.floor(r)));
    const high = Math.min(rowCount - 1, low + 1);
    const t = r - low;
    return centre(low) + (centre(high) - centre(low)) * (high === low ? 0 : t);
  };
  const lineX = (c: number) => grid.margin + c * grid.columnWidth;
  const cellX = (c: number) => lineX(c + 0.5);
  const width = 2 * grid.margin + grid.columns * grid.columnWidth;

  const placed = new Map<string, { rect: Rect; measured: MeasuredNode }>();
  for (const m of measured) {
    const { node } = m;
    const cx = lineX(node.column + node.span / 2);
    const last = node.row + node.rowSpan - 1;
    const top = contentTop(node.row);
    const h = node.rowSpan === 1 ? m.h : contentBottom(last) - top;
    const rect = {
      x: cx - m.w / 2,
      y: node.rowSpan === 1 ? centre(node.row) - m.h / 2 : top,
      w: m.w,
      h,
    };
    placed.set(node.id, { rect, measured: m });
  }
  const regionRects = new Map<string, Rect>();
  for (const region of regions) {
    const last = region.row + region.rowSpan - 1;
    const x = region.column === undefined ? grid.margin / 2 : lineX(region.column);
    const right = region.column === undefined ? width - grid.margin / 2 : lineX(region.column + (region.span ?? grid.columns - region.column));
    const rect =
      region.kind === "membrane"
        ? { x: 0, y: centre(region.row) - 13, w: width, h: 26 }
        : { x, y: rowTop(region.row) + 3, w: right - x, h: rowTop(last + 1) - rowTop(region.row) - 6 };
    regionRects.set(region.id, rect);
  }
  return { width, bottom, lineX, cellX, rowY, rowTop, contentTop, contentBottom, nodes: placed, regions: regionRects };
}

// ─── Nodes ───────────────────────────────────────────────────────────────────────────────────────

const PILL_KINDS: ReadonlySet<NodeKind> = new Set(["ligand", "messenger"]);

/** A node: its box (none for a note) and its text, in a group that carries its id (`data-node`) and pathway. */
export function renderNode(m: MeasuredNode, rect: Rect, extra?: Element): Element {
  const { node } = m;
  const classes = ["fig-node", `fig-node--${node.kind}`];
  if (node.emphasis) classes.push("fig-node--emphasis");
  if (node.effect) classes.push(`fig-node--${node.effect}`);
  const parts: Element[] = [];
  if (node.kind !== "note") {
    const rx = PILL_KINDS.has(node.kind) ? rect.h / 2 : node.kind === "gene" ? 3 : 6;
    parts.push(s("rect", { x: px(rect.x), y: px(rect.y), width: px(rect.w), height: px(rect.h), rx: px(rx) }));
  }
  const cx = px(rect.x + rect.w / 2);
  if (node.kind === "note") {
    parts.push(multiline(m.label, cx, rect.y + rect.h / 2, LINE.small, FONT.small, "fig-note"));
  } else {
    const blockHeight = m.label.length * LINE.label + m.sub.length * LINE.small;
    // A node that spans rows keeps its text at the top; others centre it.
    const top = node.rowSpan > 1 ? rect.y + PAD_Y : rect.y + (rect.h - blockHeight) / 2;
    parts.push(multiline(m.label, cx, top + (m.label.length * LINE.label) / 2, LINE.label, FONT.label, "fig-label"));
    if (m.sub.length) {
      parts.push(multiline(m.sub, cx, top + m.label.length * LINE.label + (m.sub.length * LINE.small) / 2, LINE.small, FONT.small, "fig-sublabel"));
    }
  }
  return s("g", { class: classes, "data-node": node.id, "data-pathway": node.pathway }, parts, extra);
}

/**
 * One <text> whose lines are centred on (x, cy). The first baseline sits about 0.35 em below the
 * first line's middle. The font size is an attribute only when it differs from the drawing's default.
 */
export function multiline(
  lines: readonly string[],
  x: number,
  cy: number,
  lineHeight: number,
  size: number,
  className: string,
  anchor?: "start" | "end",
): Element {
  const first = cy - ((lines.length - 1) * lineHeight) / 2 + size * 0.35;
  const fontSize = size === FONT.label ? undefined : size;
  if (lines.length === 1) {
    return s("text", { class: className, x: px(x), y: px(first), "font-size": fontSize, "text-anchor": anchor }, lines[0]);
  }
  const spans = lines.map((line, i) => s("tspan", i === 0 ? { x: px(x), y: px(first) } : { x: px(x), dy: lineHeight }, line));
  // The space between lines keeps words apart for screen readers and text search ("and marks").
  return s(
    "text",
    { class: className, "font-size": fontSize, "text-anchor": anchor },
    spans.flatMap((span, i) => (i === 0 ? [span] : [" ", span])),
  );
}

// ─── Effect badges ───────────────────────────────────────────────────────────────────────────────

const BADGE_SYMBOL: Record<Effect, string> = { raises: "+", lowers: "−", both: "±" };
const BADGE_TITLE: Record<Effect, string> = { raises: "raises HER2", lowers: "lowers HER2", both: "can raise or lower HER2" };

/** A +, − or ± in a circle centred on (cx, cy), with a tooltip saying what it means. */
export function badge(effect: Effect, cx: number, cy: number, r = 8): Element {
  return s("g", { class: `fig-badge fig-badge--${effect}` }, [
    s("title", BADGE_TITLE[effect]),
    s("circle", { cx: px(cx), cy: px(cy), r }),
    s("text", { x: px(cx), y: px(cy + 4.5) }, BADGE_SYMBOL[effect]),
  ]);
}

// ─── Regions ─────────────────────────────────────────────────────────────────────────────────────

export function renderRegion(figureId: string, region: FigureRegion, rect: Rect): Element {
  const attrs = { id: `${figureId}-${region.id}`, class: `fig-region fig-region--${region.kind}`, "data-region": region.id };
  if (region.kind === "membrane") {
    // Two thin lines (the lipid bilayer) with a soft band between them.
    const y1 = px(rect.y);
    const y2 = px(rect.y + rect.h);
    return s("g", attrs, [
      s("rect", { x: px(rect.x), y: y1, width: px(rect.w), height: y2 - y1 }),
      s("path", { class: "fig-membrane-line", d: `M${px(rect.x)} ${y1}H${px(rect.x + rect.w)}M${px(rect.x)} ${y2}H${px(rect.x + rect.w)}` }),
    ]);
  }
  const parts: Element[] = [s("rect", { x: px(rect.x), y: px(rect.y), width: px(rect.w), height: px(rect.h), rx: region.kind === "nucleus" ? 18 : 8 })];
  if (region.label) {
    parts.push(s("text", { class: "fig-region-label", x: px(rect.x + 12), y: px(rect.y + 18), "font-size": FONT.small, "text-anchor": "start" }, region.label));
  }
  if (region.note) {
    const lines = wrap(region.note, Math.min(rect.w - 24, 110), FONT.small);
    parts.push(multiline(lines, rect.x + rect.w / 2, rect.y + rect.h / 2, LINE.small, FONT.small, "fig-region-note"));
  }
  return s("g", attrs, parts);
}

// ─── Edges ───────────────────────────────────────────────────────────────────────────────────────

/** The end an edge is drawn with. */
type Marker = "arrow" | "open" | "bar" | "dot" | "none";
/** A marker that is drawn (every end but "none"). */
export type DrawnMarker = Exclude<Marker, "none">;

export function edgeStyle(edge: Pick<FigureEdge, "kind" | "effect">): { classes: string; marker: Marker } {
  switch (edge.kind) {
    case "activates":
      return { classes: "fig-edge fig-edge--activates", marker: "arrow" };
    case "binds":
      return { classes: "fig-edge fig-edge--binds", marker: "arrow" };
    case "inhibits":
      return { classes: "fig-edge fig-edge--inhibits", marker: "bar" };
    case "produces":
      return { classes: "fig-edge fig-edge--produces", marker: "open" };
    case "pairs":
      return { classes: "fig-edge fig-edge--pairs", marker: "none" };
    case "regulates":
      return { classes: "fig-edge fig-edge--regulates", marker: "dot" };
    case "crosstalk": {
      const effect = edge.effect ?? "activates";
      if (effect === "inhibits") return { classes: "fig-edge fig-edge--crosstalk fig-edge--inhibits", marker: "bar" };
      if (effect === "undirected") return { classes: "fig-edge fig-edge--crosstalk", marker: "none" };
      return { classes: "fig-edge fig-edge--crosstalk", marker: "arrow" };
    }
  }
}

/** The `marker-end` value that draws `marker` at a line's end: the figure's own marker, by id. */
export function markerUrl(figureId: string, marker: DrawnMarker): string {
  return `url(#${figureId}-${marker})`;
}

/** `marker-end` for an edge style: undefined (no attribute) for a line without an end. */
const markerEnd = (figureId: string, marker: Marker): string | undefined => (marker === "none" ? undefined : markerUrl(figureId, marker));

/** Each marker's box, reference point and shape, in its own coordinates. */
const MARKERS: Record<DrawnMarker, { w: number; h: number; refX: number; shape: () => Element }> = {
  arrow: { w: 10, h: 10, refX: 9, shape: () => s("path", { class: "fig-marker", d: "M0 0L10 5L0 10z" }) },
  open: { w: 11, h: 12, refX: 10, shape: () => s("path", { class: "fig-marker fig-marker--open", d: "M1 1L10 6L1 11" }) },
  bar: { w: 4, h: 14, refX: 4, shape: () => s("path", { class: "fig-marker", d: "M0 0H4V14H0z" }) },
  dot: { w: 10, h: 10, refX: 9, shape: () => s("circle", { class: "fig-marker fig-marker--dot", cx: 5, cy: 5, r: 4 }) },
};
const MARKER_NAMES = Object.keys(MARKERS) as DrawnMarker[];

/** The arrowhead, open head, bar and dot markers that `used` names, with ids prefixed by the figure's id. */
export function markerDefs(figureId: string, used: ReadonlySet<DrawnMarker>): Element[] {
  return MARKER_NAMES.filter((name) => used.has(name)).map((name) => {
    const { w, h, refX, shape } = MARKERS[name];
    return s(
      "marker",
      {
        id: `${figureId}-${name}`,
        viewBox: `0 0 ${w} ${h}`,
        refX,
        refY: h / 2,
        markerWidth: w,
        markerHeight: h,
        markerUnits: "userSpaceOnUse",
        orient: "auto",
      },
      shape(),
    );
  });
}

/** The markers the elements of `body` draw at their ends (their `marker-end`). */
function markersUsed(figureId: string, body: readonly Element[]): Set<DrawnMarker> {
  const ends = new Set<unknown>();
  for (const element of body) visit(element, "element", (node: Element) => void ends.add(node.properties.markerEnd));
  return new Set(MARKER_NAMES.filter((name) => ends.has(markerUrl(figureId, name))));
}

type Box = Rect;
const centreOf = (r: Box): Point => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 });
/** Enough shared width (or height) to draw a straight vertical (or horizontal) line. */
const MIN_OVERLAP = 14;

/** Where the line from the centre of `r` towards `p` leaves `r`. */
function clipToBorder(r: Box, p: Point): Point {
  const c = centreOf(r);
  const dx = p.x - c.x;
  const dy = p.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const tx = dx === 0 ? Infinity : r.w / 2 / Math.abs(dx);
  const ty = dy === 0 ? Infinity : r.h / 2 / Math.abs(dy);
  const t = Math.min(tx, ty);
  return { x: c.x + dx * t, y: c.y + dy * t };
}

/**
 * The two end points of a straight link from `a` to `b` (boxes; a point is a box of no size).
 * Boxes that share enough width are joined by a vertical line, boxes that share enough height by a
 * horizontal one, and any others by the line between their centres, cut at their borders.
 */
export function link(a: Box, b: Box): [Point, Point] {
  const isPoint = (r: Box) => r.w === 0 && r.h === 0;
  const left = Math.max(a.x, b.x);
  const right = Math.min(a.x + a.w, b.x + b.w);
  const top = Math.max(a.y, b.y);
  const bottom = Math.min(a.y + a.h, b.y + b.h);
  const enoughX = right - left >= MIN_OVERLAP || ((isPoint(a) || isPoint(b)) && right >= left);
  const enoughY = bottom - top >= MIN_OVERLAP || ((isPoint(a) || isPoint(b)) && bottom >= top);
  if (enoughX && (a.y + a.h <= b.y || b.y + b.h <= a.y)) {
    const x = (left + right) / 2;
    const down = a.y < b.y;
    return [
      { x, y: down ? a.y + a.h : a.y },
      { x, y: down ? b.y : b.y + b.h },
    ];
  }
  if (enoughY && (a.x + a.w <= b.x || b.x + b.w <= a.x)) {
    const y = (top + bottom) / 2;
    const rightwards = a.x < b.x;
    return [
      { x: rightwards ? a.x + a.w : a.x, y },
      { x: rightwards ? b.x : b.x + b.w, y },
    ];
  }
  return [clipToBorder(a, centreOf(b)), clipToBorder(b, centreOf(a))];
}

/** Does the segment p→q pass through the inside of `r`? (Liang–Barsky clipping.) */
export function segmentHitsRect(p: Point, q: Point, r: Rect, inset = 2): boolean {
  const x0 = r.x + inset;
  const x1 = r.x + r.w - inset;
  const y0 = r.y + inset;
  const y1 = r.y + r.h - inset;
  if (x1 <= x0 || y1 <= y0) return false;
  let t0 = 0;
  let t1 = 1;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const checks: [number, number][] = [
    [-dx, p.x - x0],
    [dx, x1 - p.x],
    [-dy, p.y - y0],
    [dy, y1 - p.y],
  ];
  for (const [pp, qq] of checks) {
    if (pp === 0) {
      if (qq < 0) return false;
    } else {
      const t = qq / pp;
      if (pp < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

export interface RoutedEdge {
  edge: FigureEdge;
  points: Point[];
}

/** The polyline of an edge: from its source's border, through its via points, to its target's border. */
export function routeEdge(edge: FigureEdge, layout: Layout): RoutedEdge {
  const boxOf = (id: string): Rect => {
    const rect = layout.nodes.get(id)?.rect ?? layout.regions.get(id);
    if (!rect) throw new Error(`edge ${edge.from}->${edge.to}: no node or region "${id}"`);
    return rect;
  };
  const vias: Box[] = (edge.via ?? []).map((v) => ({ x: layout.cellX(v.column), y: layout.rowY(v.row), w: 0, h: 0 }));
  const chain = [boxOf(edge.from), ...vias, boxOf(edge.to)];
  const points: Point[] = [];
  for (let i = 0; i < chain.length - 1; i++) {
    const [p, q] = link(chain[i]!, chain[i + 1]!);
    if (i === 0) points.push(p);
    points.push(q);
  }
  // An inhibition bar sits just outside the target's border rather than across its corner.
  if (edgeStyle(edge).marker === "bar" && points.length >= 2) {
    const end = points[points.length - 1]!;
    const before = points[points.length - 2]!;
    const length = Math.hypot(end.x - before.x, end.y - before.y);
    if (length > 8) points[points.length - 1] = { x: end.x - ((end.x - before.x) / length) * 2, y: end.y - ((end.y - before.y) / length) * 2 };
  }
  return { edge, points: points.map((p) => ({ x: px(p.x), y: px(p.y) })) };
}

/** Throws if an edge passes through a node other than its own ends: move a node or add a via point. */
export function checkCrossings(routed: readonly RoutedEdge[], layout: Layout): void {
  for (const { edge, points } of routed) {
    for (const [id, { rect }] of layout.nodes) {
      if (id === edge.from || id === edge.to) continue;
      for (let i = 0; i < points.length - 1; i++) {
        if (segmentHitsRect(points[i]!, points[i + 1]!, rect)) {
          throw new Error(`edge ${edge.from}->${edge.to} runs through node "${id}"; move a node or add "via" points to the edge`);
        }
      }
    }
  }
}

/** An edge's path, and its label when it has one. */
export function renderEdge(figureId: string, routed: RoutedEdge): Element[] {
  const { edge, points } = routed;
  const style = edgeStyle(edge);
  let d = `M${points[0]!.x} ${points[0]!.y}`;
  for (let i = 1; i < points.length; i++) {
    const prev = points[i - 1]!;
    const p = points[i]!;
    d += p.x === prev.x ? `V${p.y}` : p.y === prev.y ? `H${p.x}` : `L${p.x} ${p.y}`;
  }
  const path = s("path", { class: style.classes, "data-edge": `${edge.from}->${edge.to}`, d, "marker-end": markerEnd(figureId, style.marker) });
  return edge.label ? [path, edgeLabel(edge.label, points)] : [path];
}

/** A label beside the longest straight stretch of an edge: above a horizontal line, right of any other. */
function edgeLabel(label: string, points: readonly Point[]): Element {
  let best = 0;
  let bestLength = -1;
  for (let i = 0; i < points.length - 1; i++) {
    const length = Math.hypot(points[i + 1]!.x - points[i]!.x, points[i + 1]!.y - points[i]!.y);
    if (length > bestLength) {
      best = i;
      bestLength = length;
    }
  }
  const p = points[best]!;
  const q = points[best + 1]!;
  const mx = (p.x + q.x) / 2;
  const my = (p.y + q.y) / 2;
  if (p.y === q.y) return multiline([label], mx, my - 9, LINE.small, FONT.small, "fig-edge-label");
  return multiline([label], mx + 7, my, LINE.small, FONT.small, "fig-edge-label", "start");
}

// ─── Legend ──────────────────────────────────────────────────────────────────────────────────────

export interface LegendItem {
  key: string;
  text: string;
  /** The sample, drawn in a 34 × 16 box whose top left is (0, 0). */
  sample: Element;
}

/** The legend's key for an edge: crosstalk that inhibits gets its own entry (dashed line, bar end). */
export function legendKeyOf(edge: Pick<FigureEdge, "kind" | "effect">): string {
  return edge.kind === "crosstalk" && edge.effect === "inhibits" ? "crosstalk-inhibits" : edge.kind;
}

/** Legend entries from the figure's `legend` list, in its order. */
export function legendItems(figureId: string, legend: readonly LegendEntry[]): LegendItem[] {
  return legend.map((entry) => {
    if ("edge" in entry) {
      const style = edgeStyle({ kind: entry.edge, effect: entry.effect });
      const d = entry.edge === "pairs" ? "M11 8H23" : "M2 8H31";
      return {
        key: legendKeyOf({ kind: entry.edge, effect: entry.effect }),
        text: entry.text,
        sample: s("path", { class: style.classes, d, "marker-end": markerEnd(figureId, style.marker) }),
      };
    }
    if ("effect" in entry) {
      return {
        key: `effect-${entry.effect}`,
        text: entry.text,
        sample: s("g", { "text-anchor": "middle", "font-size": FONT.label }, badge(entry.effect, 17, 8)),
      };
    }
    if ("node" in entry) {
      const rx = PILL_KINDS.has(entry.node) ? 8 : 4;
      return {
        key: `node-${entry.node}`,
        text: entry.text,
        sample: s("g", { class: `fig-node fig-node--${entry.node}` }, s("rect", { x: 2, y: 0, width: 30, height: 16, rx })),
      };
    }
    const sample =
      entry.region === "membrane"
        ? s("g", { class: "fig-region fig-region--membrane" }, [
            s("rect", { x: 2, y: 2, width: 30, height: 12 }),
            s("path", { class: "fig-membrane-line", d: "M2 2H32M2 14H32" }),
          ])
        : s("g", { class: `fig-region fig-region--${entry.region}` }, s("rect", { x: 2, y: 0, width: 30, height: 16, rx: 5 }));
    return { key: `region-${entry.region}`, text: entry.text, sample };
  });
}

/** Throws if an edge is drawn in a way the legend does not explain. */
export function checkLegend(edges: readonly FigureEdge[], legend: readonly LegendEntry[]): void {
  const keys = new Set(legend.flatMap((entry) => ("edge" in entry ? [legendKeyOf({ kind: entry.edge, effect: entry.effect })] : [])));
  for (const edge of edges) {
    const key = legendKeyOf(edge);
    if (key !== "pairs" && key !== "binds" && !keys.has(key)) {
      throw new Error(
        `edge ${edge.from}->${edge.to} is drawn as "${key}", which the legend does not list; add { edge: ${edge.kind}${edge.effect === "inhibits" ? ", effect: inhibits" : ""}, text: … } to "legend"`,
      );
    }
  }
}

/** Lays legend items out in rows across the drawing's width; returns the legend and its height. */
export function renderLegend(items: readonly LegendItem[], x: number, y: number, width: number, heading = "Key"): { legend: Element; height: number } {
  const rowHeight = 24;
  const parts: Element[] = [
    s("path", { class: "fig-legend-rule", d: `M${px(x)} ${px(y)}H${px(x + width)}` }),
    s("text", { class: "fig-legend-heading", x: px(x), y: px(y + 22) }, heading),
  ];
  let cx = x + textWidth(heading, FONT.small, 600) + 14;
  let cy = y + 10;
  for (const item of items) {
    const itemWidth = 40 + textWidth(item.text, FONT.small) + 16;
    if (cx + itemWidth > x + width + 16 && cx > x + 60) {
      cx = x + textWidth(heading, FONT.small, 600) + 14;
      cy += rowHeight;
    }
    parts.push(s("g", { transform: `translate(${px(cx)} ${px(cy)})` }, item.sample), s("text", { x: px(cx + 40), y: px(cy + 12) }, item.text));
    cx += itemWidth;
  }
  return { legend: s("g", { class: "fig-legend", "font-size": FONT.small, "text-anchor": "start" }, parts), height: cy + rowHeight - y + 4 };
}

/** A <g> with a class round `children`, or nothing when there are none. */
export function group(className: string, children: readonly ElementContent[]): Element | undefined {
  return children.length ? s("g", { class: className }, [...children]) : undefined;
}

// ─── Document ────────────────────────────────────────────────────────────────────────────────────

/**
 * The outer <svg>: no fixed width (it scales to its column), a <title> and <desc> wired to it with
 * aria-labelledby / aria-describedby, ids prefixed by the figure's id, and the markers its body draws.
 */
export function svgDocument(
  figureId: string,
  width: number,
  height: number,
  title: string,
  description: string,
  body: readonly (Element | undefined)[],
): Element {
  const titleId = `${figureId}-title`;
  const descId = `${figureId}-desc`;
  const content = body.filter((element): element is Element => element !== undefined);
  return s(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      class: `fig fig--${figureId}`,
      viewBox: `0 0 ${px(width)} ${px(height)}`,
      role: "group",
      "aria-labelledby": titleId,
      "aria-describedby": descId,
      "font-size": FONT.label,
      "text-anchor": "middle",
    },
    [s("title", { id: titleId }, title), s("desc", { id: descId }, description), s("defs", markerDefs(figureId, markersUsed(figureId, content))), ...content],
  );
}

/**
 * A figure as inline SVG for an HTML page: empty elements closed with "/>", and the library's
 * escaping of text and attribute values, written with the short named references (&amp; &lt; &quot;).
 */
export function svgMarkup(svg: Element): string {
  return toHtml(svg, { space: "svg", closeEmptyElements: true, tightSelfClosing: true, characterReferences: { useNamedReferences: true } });
}
