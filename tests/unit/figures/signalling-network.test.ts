import { describe, expect, it } from "vitest";
import { FIGURE_DRAWINGS, figureDataFromFiles, isDrawnFigure } from "../../../src/figures/drawings.ts";
import { loadFigureData } from "../../../src/figures/load.ts";
import { networkSchema } from "../../../src/figures/schema.ts";
import { pathwayHighlightId, renderSignallingNetwork } from "../../../src/figures/signalling-network.ts";
import { svgMarkup } from "../../../src/figures/svg.ts";
import { expectAccessibleSvg, expectEdges, expectNodes } from "./figure-checks.ts";
import { all, hasClass, textOf } from "./svg-tree.ts";

const FILE = "content/figures/signalling-network.yaml";
const data = loadFigureData(FILE, networkSchema);
const markup = svgMarkup(renderSignallingNetwork(data));

describe("Figure 1, the HER2 signalling network", () => {
  it("is accessible, scalable SVG without inline styles", () => {
    expectAccessibleSvg(markup, "signalling-network");
  });

  it("draws every node with its label as text, and every edge", () => {
    const svg = expectAccessibleSvg(markup, "signalling-network");
    expectNodes(svg, data.nodes);
    expectEdges(svg, data.edges);
  });

  it("shows what the chapter describes: the partners, the four cascades and the crosstalk", () => {
    const labels = new Set(data.nodes.map((n) => n.label));
    for (const name of ["EGF", "NRG", "EGFR", "HER2", "HER3", "HER4"]) expect(labels).toContain(name);
    for (const name of ["Ras", "Raf", "MEK", "ERK", "PI3K", "PIP3", "AKT", "mTORC1", "Bad", "TSC2"]) expect(labels).toContain(name);
    for (const name of ["PLCγ", "PIP2", "IP3", "DAG", "Ca²⁺", "PKC", "JAK", "STAT", "JNK", "β-catenin", "IκBα", "NF-κB", "ER"]) expect(labels).toContain(name);
    for (const name of ["Proliferation", "Survival", "Growth", "Motility", "Differentiation"]) expect(labels).toContain(name);

    const edge = (from: string, to: string) => data.edges.find((e) => e.from === from && e.to === to);
    expect(edge("akt", "bad")?.kind).toBe("inhibits");
    expect(edge("akt", "tsc2")?.kind).toBe("inhibits");
    expect(edge("erk", "tsc2")).toMatchObject({ kind: "crosstalk", effect: "inhibits" });
    expect(edge("erk", "mtorc1")?.kind).toBe("crosstalk");
    expect(edge("active-pair", "ikba")).toMatchObject({ kind: "crosstalk", effect: "inhibits" });
    // HER2 has no ligand: nothing binds a HER2 node.
    const her2 = data.nodes.filter((n) => n.label === "HER2").map((n) => n.id);
    expect(her2).toHaveLength(3);
    expect(data.edges.filter((e) => e.kind === "binds" && her2.includes(e.to))).toEqual([]);
  });

  it("marks each cascade's nodes with their pathway", () => {
    const svg = expectAccessibleSvg(markup, "signalling-network");
    const byPathway = (pathway: string) =>
      all(svg, "g")
        .filter((g) => g.attrs["data-pathway"] === pathway)
        .map((g) => g.attrs["data-node"]);
    expect(byPathway("mapk")).toEqual(["jnk", "ras", "raf", "mek", "erk"]);
    expect(byPathway("pi3k-akt-mtor")).toEqual(expect.arrayContaining(["pi3k", "pip3", "akt", "mtorc1", "tsc2", "bad"]));
    expect(byPathway("nf-kb")).toEqual(["ikba", "nf-kb"]);
    expect(byPathway("er-crosstalk")).toEqual(["er"]);
  });

  it("draws, for each pathway, a highlight that rings its nodes and that a link can name", () => {
    const svg = expectAccessibleSvg(markup, "signalling-network");
    const highlights = all(svg, "g").filter((g) => hasClass(g, "fig-highlight"));
    const pathways = [...new Set(data.nodes.flatMap((n) => (n.pathway ? [n.pathway] : [])))];
    expect(highlights.map((g) => g.attrs.id)).toEqual(pathways.map((p) => pathwayHighlightId(p)));
    expect(pathwayHighlightId("mapk")).toBe("signalling-network-pathway-mapk");
    for (const highlight of highlights) {
      const ringed = all(highlight, "rect").map((r) => r.attrs["data-node"]);
      expect(ringed).toEqual(data.nodes.filter((n) => n.pathway === highlight.attrs["data-highlight"]).map((n) => n.id));
      for (const ring of all(highlight, "rect")) {
        const box = all(svg, "g").find((g) => g.attrs["data-node"] === ring.attrs["data-node"] && hasClass(g, "fig-node"))!;
        const rect = all(box, "rect")[0]!;
        // The ring stands off its node on every side.
        expect(Number(ring.attrs.x)).toBeLessThan(Number(rect.attrs.x));
        expect(Number(ring.attrs.y)).toBeLessThan(Number(rect.attrs.y));
        expect(Number(ring.attrs.x) + Number(ring.attrs.width)).toBeGreaterThan(Number(rect.attrs.x) + Number(rect.attrs.width));
        expect(Number(ring.attrs.y) + Number(ring.attrs.height)).toBeGreaterThan(Number(rect.attrs.y) + Number(rect.attrs.height));
      }
    }
    // Decoration for sighted readers only: the pathway pages name the nodes in words.
    expect(all(svg, "g").find((g) => hasClass(g, "fig-highlights"))?.attrs["aria-hidden"]).toBe("true");
  });

  it("tells edge kinds apart by line and end, and explains them in a legend", () => {
    const svg = expectAccessibleSvg(markup, "signalling-network");
    const edges = all(svg, "path").filter((p) => p.attrs["data-edge"]);
    const crosstalk = edges.filter((p) => hasClass(p, "fig-edge--crosstalk"));
    expect(crosstalk.length).toBeGreaterThanOrEqual(5);
    const legend = all(svg, "g").find((g) => hasClass(g, "fig-legend"))!;
    const legendText = all(legend, "text").map(textOf);
    for (const entry of data.legend) expect(legendText).toContain(entry.text);
    expect(all(legend, "path").some((p) => hasClass(p, "fig-edge--crosstalk") && p.attrs["marker-end"]?.endsWith("-bar)"))).toBe(true);
  });

  it("stays compact", () => {
    expect(new TextEncoder().encode(markup).length).toBeLessThan(25_000);
  });

  it('is what <Figure id="signalling-network"> draws, with links to the pathway pages', () => {
    const links = { pathwayUrl: (id: string) => `/pathways/${id}/`, drugUrl: (slug: string) => `/drugs/${slug}/` };
    expect(FIGURE_DRAWINGS["signalling-network"]!({ links, data: figureDataFromFiles(), drugs: [] })).toEqual(
      renderSignallingNetwork(data, { pathwayUrl: links.pathwayUrl }),
    );
    expect(isDrawnFigure("signalling-network")).toBe(true);
    expect(isDrawnFigure("no-such-figure")).toBe(false);
    expect(isDrawnFigure("toString")).toBe(false);
  });
});

describe("Figure 1's links to the pathway pages", () => {
  const linked = svgMarkup(renderSignallingNetwork(data, { pathwayUrl: (id) => `/base/pathways/${id}/` }));

  it("wraps every node of a pathway in a link to that pathway's page, and no other node", () => {
    for (const node of data.nodes) {
      const link = new RegExp(`<a class="fig-node-link" href="/base/pathways/${node.pathway}/"[^>]*><g [^>]*data-node="${node.id}"`);
      if (node.pathway) expect(linked, node.id).toMatch(link);
      else expect(linked, node.id).not.toMatch(new RegExp(`<a [^>]*><g [^>]*data-node="${node.id}"`));
    }
    expect(data.nodes.filter((n) => n.pathway).length).toBeGreaterThan(10);
  });

  it("names each link by its node's visible text only", () => {
    expect(linked).toMatch(/<a class="fig-node-link" href="\/base\/pathways\/mapk\/"><g [^>]*data-node="erk"[^>]*>.*?>ERK</);
    expect(linked).not.toMatch(/<a class="fig-node-link"[^>]*aria-label/);
  });
});
