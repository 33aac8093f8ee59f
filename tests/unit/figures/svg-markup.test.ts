import { describe, expect, it } from "vitest";
import { loadFigureData } from "../../../src/figures/load.ts";
import { networkSchema } from "../../../src/figures/schema.ts";
import { renderSignallingNetwork } from "../../../src/figures/signalling-network.ts";
import { svgMarkup } from "../../../src/figures/svg.ts";
import { expectAccessibleSvg } from "./figure-checks.ts";
import { all, textOf } from "./svg-tree.ts";

/** Text that breaks markup written without escaping. */
const LABEL = 'A<B & "C"';

describe("svgMarkup: a figure's text and links, escaped by the serialiser", () => {
  const data = loadFigureData("content/figures/signalling-network.yaml", networkSchema);
  const hostile = {
    ...data,
    title: `Title ${LABEL}`,
    description: `${data.description} ${LABEL}`,
    nodes: data.nodes.map((node) => (node.id === "proliferation" ? { ...node, label: LABEL } : node)),
  };
  const pathwayUrl = (id: string) => `/pathways/?id=${id}&label="${id}"`;
  const markup = svgMarkup(renderSignallingNetwork(hostile, { pathwayUrl }));

  it('writes "<" and "&" in text, and "&" and a double quote in attributes, as references', () => {
    expect(markup).toContain('>A&lt;B &amp; "C"</text>');
    expect(markup).toContain('<title id="signalling-network-title">Title A&lt;B &amp; "C"</title>');
    expect(markup).toContain(' A&lt;B &amp; "C"</desc>');
    expect(markup).toContain('<a class="fig-node-link" href="/pathways/?id=mapk&amp;label=&quot;mapk&quot;">');
    expect(markup).not.toContain(LABEL);
  });

  it("reads back as the text and links it was given", () => {
    const svg = expectAccessibleSvg(markup, "signalling-network");
    const node = all(svg, "g").find((g) => g.attrs["data-node"] === "proliferation")!;
    expect(all(node, "text").map(textOf)).toEqual([LABEL]);
    expect(textOf(all(svg, "title")[0]!)).toBe(`Title ${LABEL}`);
    expect(all(svg, "a").map((a) => a.attrs.href)).toContain(pathwayUrl("mapk"));
  });
});
