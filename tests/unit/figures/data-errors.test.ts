/**
 * A maintainer's mistake in a figure's data file must stop the build with a message that names the
 * file and the field. Each case starts from the real data and breaks one thing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { renderHer2Regulation } from "../../../src/figures/her2-regulation.ts";
import { ProblemsError } from "../../../src/checks/problem.ts";
import { drawAt, figureDataProblems, loadFigureData } from "../../../src/figures/load.ts";
import { networkSchema, regulationSchema } from "../../../src/figures/schema.ts";
import { renderSignallingNetwork } from "../../../src/figures/signalling-network.ts";

const NETWORK = "content/figures/signalling-network.yaml";
const REGULATION = "content/figures/her2-regulation.yaml";
type Raw = { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[]; legend: Record<string, unknown>[]; layers?: Record<string, unknown>[] };
const raw = (file: string): Raw => parse(readFileSync(file, "utf8")) as Raw;

const dir = mkdtempSync(join(tmpdir(), "figure-data-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** Writes `data` as a YAML file and returns its path. */
function fileWith(name: string, data: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof data === "string" ? data : stringify(data));
  return path;
}
/** Checks `data`, written as the file's YAML, and throws its problems as the build would. */
const dataError = (file: string, schema: typeof networkSchema | typeof regulationSchema) => (data: Raw) => () => {
  const { problems } = figureDataProblems(file, stringify(data), schema);
  if (problems.length > 0) throw new ProblemsError(problems);
};
const networkError = dataError(NETWORK, networkSchema);
/** `file:line:column  ` before a message. */
const at = (file: string) => `${file.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}:\\d+:\\d+ {2}`;

describe("figure data validation", () => {
  it("accepts the real data files", () => {
    expect(() => loadFigureData(NETWORK, networkSchema)).not.toThrow();
    expect(() => loadFigureData(REGULATION, regulationSchema)).not.toThrow();
  });

  it("names the file and the edge when an edge points at an unknown node", () => {
    const data = raw(NETWORK);
    const index = data.edges.findIndex((e) => e.from === "ras" && e.to === "raf");
    data.edges[index] = { ...data.edges[index], to: "rafx" };
    const path = fileWith("unknown-node.yaml", data);
    expect(() => loadFigureData(path, networkSchema)).toThrow(
      new RegExp(`^${at(path)}edges\\[${index}\\]\\.to: edge ras->rafx points at "rafx", which is no node or region id`),
    );
  });

  it("names the field path when a node has no label", () => {
    const data = raw(NETWORK);
    delete data.nodes[3]!.label;
    expect(networkError(data)).toThrow(new RegExp(`^${at(NETWORK)}nodes\\[3\\]\\.label: Required \\(expected string\\)`));
  });

  it("names both nodes when two share a grid cell", () => {
    const data = raw(NETWORK);
    const raf = data.nodes.findIndex((n) => n.id === "raf");
    const ras = data.nodes.find((n) => n.id === "ras")!;
    data.nodes[raf] = { ...data.nodes[raf], column: ras.column, row: ras.row };
    expect(networkError(data)).toThrow(new RegExp(`^${at(NETWORK)}nodes\\[${raf}\\]\\.column: node "raf" is in the same grid cell as node "ras"`));
  });

  it("catches overlapping cells, not only identical ones", () => {
    const data = raw(NETWORK);
    const mek = data.nodes.findIndex((n) => n.id === "mek");
    data.nodes[mek] = { ...data.nodes[mek], column: 4 }; // raf covers columns 3–5
    expect(networkError(data)).toThrow(/node "mek" is in the same grid cell as node "raf"/);
  });

  it("rejects a duplicate node id, a misspelt field and a node past the grid's edge", () => {
    const data = raw(NETWORK);
    data.nodes.push({ ...data.nodes[0], row: 20 });
    data.nodes[1] = { ...data.nodes[1], colum: 3 };
    const jak = data.nodes.findIndex((n) => n.id === "jak");
    data.nodes[jak] = { ...data.nodes[jak], column: 15 };
    const message = (() => {
      try {
        networkError(data)();
      } catch (error) {
        return (error as Error).message;
      }
      return "";
    })();
    expect(message).toContain(`nodes[${data.nodes.length - 1}].id: duplicate node id "${data.nodes[0]!.id}" (also nodes[0])`);
    expect(message).toContain(`nodes[1]: unknown field "colum" (check the spelling)`);
    expect(message).toContain(`nodes[${jak}].column: node "jak" reaches column 17, past the grid's 16 columns`);
  });

  it("rejects an unknown kind and pathway, naming the field", () => {
    const data = raw(NETWORK);
    data.nodes[0] = { ...data.nodes[0], kind: "enzyme" };
    data.edges[0] = { ...data.edges[0], kind: "blocks" };
    const ras = data.nodes.findIndex((n) => n.id === "ras");
    data.nodes[ras] = { ...data.nodes[ras], pathway: "mapk-pathway" };
    expect(networkError(data)).toThrow(/nodes\[0\]\.kind: .*\n.*nodes\[\d+\]\.pathway: .*\n.*edges\[0\]\.kind: /);
  });

  it("reports YAML that does not parse with the file's name", () => {
    const path = fileWith("broken.yaml", "title: [unclosed\nnodes: {");
    expect(() => loadFigureData(path, networkSchema)).toThrow(new RegExp(`^${at(path)}not valid YAML`));
  });

  it("keeps crosstalk effects on crosstalk edges", () => {
    const data = raw(NETWORK);
    const i = data.edges.findIndex((e) => e.from === "ras");
    data.edges[i] = { ...data.edges[i], effect: "inhibits" };
    expect(networkError(data)).toThrow(`edges[${i}].effect: "effect" is only for crosstalk edges; use kind "inhibits" instead`);
  });
});

describe("problems found while drawing", () => {
  it("reports an edge that would run through another node, with the file", () => {
    const data = raw(NETWORK);
    data.edges.push({ from: "ras", to: "erk", kind: "activates" }); // straight through Raf and MEK
    const path = fileWith("crossing.yaml", data);
    expect(() => drawAt(path, () => renderSignallingNetwork(loadFigureData(path, networkSchema)))).toThrow(
      `${path}:1:1  the figure cannot be drawn: edge ras->erk runs through node "raf"; move a node or add "via" points to the edge`,
    );
  });

  it("reports a label too long for its cell", () => {
    const data = raw(NETWORK);
    const ras = data.nodes.findIndex((n) => n.id === "ras");
    data.nodes[ras] = { ...data.nodes[ras], label: "Rat sarcoma virus oncogene" };
    const path = fileWith("long-label.yaml", data);
    expect(() => drawAt(path, () => renderSignallingNetwork(loadFigureData(path, networkSchema)))).toThrow(
      new RegExp(`^${at(path)}the figure cannot be drawn: node "ras": .* its cell allows 72 px`),
    );
  });

  it("reports an edge style the legend does not explain", () => {
    const data = raw(NETWORK);
    data.legend = data.legend.filter((entry) => !(entry.edge === "crosstalk" && entry.effect === "inhibits"));
    const path = fileWith("legend.yaml", data);
    expect(() => drawAt(path, () => renderSignallingNetwork(loadFigureData(path, networkSchema)))).toThrow(
      /edge active-pair->ikba is drawn as "crosstalk-inhibits", which the legend does not list/,
    );
  });
});

describe("figure 2's layers", () => {
  const regulationError = dataError(REGULATION, regulationSchema);

  it("needs an effect on every regulator", () => {
    const data = raw(REGULATION);
    const i = data.nodes.findIndex((n) => n.id === "hsp90");
    delete data.nodes[i]!.effect;
    expect(regulationError(data)).toThrow(`nodes[${i}].effect: regulator "hsp90" needs an effect: raises, lowers or both`);
  });

  it("rejects an unknown effect", () => {
    const data = raw(REGULATION);
    data.layers![0] = { ...data.layers![0], effect: "boosts" };
    expect(regulationError(data)).toThrow(new RegExp(`^${at(REGULATION)}layers\\[0\\]\\.effect: `));
  });

  it("rejects layers that overlap", () => {
    const data = raw(REGULATION);
    data.layers![2] = { ...data.layers![2], rows: [2, 3] };
    expect(regulationError(data)).toThrow(`layers[2].rows: layer "transcription" starts at row 2, inside the layer above it`);
  });

  it("keeps the layers' name column free of nodes", () => {
    const data = regulationSchema.parse({ ...raw(REGULATION) });
    const moved = { ...data, nodes: data.nodes.map((n) => (n.id === "endosome" ? { ...n, column: 1 } : n)) };
    expect(() => renderHer2Regulation(moved)).toThrow(`node "endosome" is in column 1; columns 0–3 hold the layers' names`);
  });
});
