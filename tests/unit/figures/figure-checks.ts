/** Checks every drawn figure must pass, shared by the figure tests. */
import { expect } from "vitest";
import type { FigureEdge, FigureNode } from "../../../src/figures/schema.ts";
import { all, hasClass, parseSvg, textOf, type Element } from "./svg-tree.ts";

/** Parses the SVG and checks what every figure must get right; returns the root for further checks. */
export function expectAccessibleSvg(markup: string, figureId: string): Element {
  const svg = parseSvg(markup);

  // Scales with its column: a viewBox, no fixed size.
  expect(svg.attrs.viewBox).toMatch(/^0 0 \d+ \d+$/);
  expect(svg.attrs.width).toBeUndefined();
  expect(svg.attrs.height).toBeUndefined();

  // Named and described by its own <title> and <desc>, with ids prefixed by the figure's id.
  expect(svg.attrs.role).toBe("group");
  const title = all(svg, "title").find((t) => t.attrs.id === svg.attrs["aria-labelledby"]);
  const desc = all(svg, "desc").find((d) => d.attrs.id === svg.attrs["aria-describedby"]);
  expect(title?.parent).toBe(svg);
  expect(desc?.parent).toBe(svg);
  expect(title!.attrs.id).toBe(`${figureId}-title`);
  expect(desc!.attrs.id).toBe(`${figureId}-desc`);
  expect(textOf(title!).length).toBeGreaterThan(5);
  expect(textOf(desc!).length).toBeGreaterThan(40);

  // Ids are unique, prefixed, and every url(#…) reference points at one of them.
  const ids = all(svg)
    .map((e) => e.attrs.id)
    .filter((id): id is string => id !== undefined);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id.startsWith(`${figureId}-`)).toBe(true);
  const references = [...markup.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]);
  expect(references.length).toBeGreaterThan(0);
  for (const ref of references) expect(ids).toContain(ref);

  // No inline styles (blocked by the site's CSP), no <style>, scripts, images or foreign content.
  expect(markup).not.toMatch(/\sstyle=/);
  for (const name of ["style", "script", "image", "img", "foreignObject", "use"]) expect(all(svg, name)).toEqual([]);
  // Colours come from classes only.
  for (const e of all(svg)) {
    expect(e.attrs.fill, `${e.name} has a fill attribute`).toBeUndefined();
    expect(e.attrs.stroke, `${e.name} has a stroke attribute`).toBeUndefined();
  }
  // Coordinates are whole numbers, and no text is smaller than 11 px.
  for (const e of all(svg)) {
    for (const key of ["x", "y", "width", "height", "cx", "cy", "r", "dy"]) {
      if (e.attrs[key] !== undefined) expect(e.attrs[key], `${e.name} ${key}`).toMatch(/^-?\d+$/);
    }
    if (e.attrs.d !== undefined) expect(e.attrs.d).not.toMatch(/\d\.\d/);
    if (e.attrs["font-size"] !== undefined) expect(Number(e.attrs["font-size"])).toBeGreaterThanOrEqual(11);
  }
  return svg;
}

/** Every node is drawn as a group carrying its id and pathway, with its label and sublabel as <text>. */
export function expectNodes(svg: Element, nodes: readonly FigureNode[]): void {
  const groups = all(svg, "g").filter((g) => g.attrs["data-node"] !== undefined);
  expect(groups.map((g) => g.attrs["data-node"]).sort()).toEqual(nodes.map((n) => n.id).sort());
  for (const node of nodes) {
    const group = groups.find((g) => g.attrs["data-node"] === node.id)!;
    expect(hasClass(group, `fig-node--${node.kind}`)).toBe(true);
    expect(group.attrs["data-pathway"]).toBe(node.pathway);
    const texts = all(group, "text").map(textOf);
    expect(texts, `label of ${node.id}`).toContain(node.label);
    if (node.sublabel) expect(texts, `sublabel of ${node.id}`).toContain(node.sublabel);
    if (node.kind !== "note") expect(all(group, "rect").length).toBeGreaterThanOrEqual(1);
  }
}

/** Every edge is drawn once, as a path with a `data-edge="from->to"` attribute. */
export function expectEdges(svg: Element, edges: readonly FigureEdge[]): void {
  const paths = all(svg, "path").filter((p) => p.attrs["data-edge"] !== undefined);
  expect(paths.map((p) => p.attrs["data-edge"]).sort()).toEqual(edges.map((e) => `${e.from}->${e.to}`).sort());
  for (const edge of edges) {
    const path = paths.find((p) => p.attrs["data-edge"] === `${edge.from}->${edge.to}`)!;
    expect(path.attrs.d).toMatch(/^M\d+ \d+([HVL]\d+( \d+)?)+$/);
    expect(hasClass(path, `fig-edge--${edge.kind}`)).toBe(true);
    const marker = path.attrs["marker-end"];
    if (edge.kind === "inhibits" || edge.effect === "inhibits") expect(marker).toMatch(/-bar\)$/);
    else if (edge.kind === "pairs" || edge.effect === "undirected") expect(marker).toBeUndefined();
    else expect(marker).toMatch(/-(arrow|open|dot)\)$/);
    if (edge.label) expect(all(svg, "text").map(textOf)).toContain(edge.label);
  }
}
