import { describe, expect, it } from "vitest";
import { FIGURE_DRAWINGS, figureDataFromFiles } from "../../../src/figures/drawings.ts";
import { renderHer2Regulation } from "../../../src/figures/her2-regulation.ts";
import { loadFigureData } from "../../../src/figures/load.ts";
import { regulationSchema } from "../../../src/figures/schema.ts";
import { svgMarkup } from "../../../src/figures/svg.ts";
import { expectAccessibleSvg, expectEdges, expectNodes } from "./figure-checks.ts";
import { all, hasClass, textOf, type Element } from "./svg-tree.ts";

const FILE = "content/figures/her2-regulation.yaml";
const data = loadFigureData(FILE, regulationSchema);
const drawing = renderHer2Regulation(data);
const markup = svgMarkup(drawing);
const SYMBOL = { raises: "+", lowers: "−", both: "±" } as const;

const badgeOf = (group: Element) => {
  const badge = all(group, "g").find((g) => (g.attrs.class ?? "").includes("fig-badge"));
  return badge && { symbol: textOf(all(badge, "text")[0]!), className: badge.attrs.class };
};

describe("Figure 2, the layers of HER2 regulation", () => {
  it("is accessible, scalable SVG without inline styles", () => {
    expectAccessibleSvg(markup, "her2-regulation");
  });

  it("draws every node with its label as text, and every edge", () => {
    const svg = expectAccessibleSvg(markup, "her2-regulation");
    expectNodes(svg, data.nodes);
    expectEdges(svg, data.edges);
  });

  it("names each layer and shows whether it raises or lowers HER2", () => {
    const svg = expectAccessibleSvg(markup, "her2-regulation");
    const layers = all(svg, "g").filter((g) => hasClass(g, "fig-layer"));
    expect(layers.map((g) => g.attrs["data-layer"])).toEqual(data.layers.map((l) => l.id));
    for (const layer of data.layers) {
      const group = layers.find((g) => g.attrs["data-layer"] === layer.id)!;
      expect(all(group, "text").map(textOf).join(" ")).toContain(layer.label);
      expect(group.attrs["data-effect"]).toBe(layer.effect);
      expect(badgeOf(group)).toEqual({ symbol: SYMBOL[layer.effect], className: `fig-badge fig-badge--${layer.effect}` });
    }
    const effectOf = (id: string) => data.layers.find((l) => l.id === id)?.effect;
    expect(effectOf("amplification")).toBe("raises");
    expect(effectOf("micro-rnas")).toBe("lowers");
    expect(effectOf("endocytosis")).toBe("lowers");
  });

  it("gives every regulator its own badge, and draws lowering as a bar end", () => {
    const svg = expectAccessibleSvg(markup, "her2-regulation");
    for (const node of data.nodes.filter((n) => n.effect)) {
      const group = all(svg, "g").find((g) => g.attrs["data-node"] === node.id)!;
      expect(badgeOf(group)?.symbol).toBe(SYMBOL[node.effect!]);
      const out = data.edges.filter((e) => e.from === node.id);
      expect(out.length).toBeGreaterThan(0);
      for (const edge of out) expect(edge.kind).toBe({ raises: "activates", lowers: "inhibits", both: "regulates" }[node.effect!]);
    }
    const labels = data.nodes.map((n) => `${n.label} ${n.sublabel ?? ""}`).join(" ");
    for (const name of [
      "Sp1",
      "AP-2",
      "Ets-1",
      "c-Myc",
      "DNA methylation",
      "Histone acetylation",
      "3′ UTR",
      "Hsp90",
      "PTPN12",
      "Endosome",
      "Lysosome",
      "17q12–q21",
    ]) {
      expect(labels).toContain(name);
    }
  });

  it("stays compact", () => {
    expect(new TextEncoder().encode(markup).length).toBeLessThan(14_500);
  });

  it('is what <Figure id="her2-regulation"> draws', () => {
    const links = { pathwayUrl: (id: string) => `/pathways/${id}/`, drugUrl: (slug: string) => `/drugs/${slug}/` };
    expect(FIGURE_DRAWINGS["her2-regulation"]!({ links, data: figureDataFromFiles(), drugs: [] })).toEqual(drawing);
  });
});
