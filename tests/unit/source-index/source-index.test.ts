import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { BIBLIOGRAPHY_ID } from "../../../src/citations/rehype-citation-links.ts";
import { compileMatcher, findMentions } from "../../../src/entities/mentions.ts";
import { indexSource } from "../../../src/source-index/source-index.ts";
import { renderPage } from "../../helpers/render-markdown.ts";

const body = [
  "Lead [@alpha2001].", // line 1
  "",
  "## 2.1 First *section*",
  "Text [@beta2002; @gamma2003].",
  "```",
  "## not a heading [@alpha2001]",
  "```",
  "### Sub [link](/x/) and `code`",
  "More [@alpha2001].",
  "",
  "#### Small",
  "",
  "Still in Sub [@delta2004].",
  "",
  "Wnt/β-catenin again",
  "-------------------",
  "",
  "## 2.1 First *section*",
  "",
  "Last.",
].join("\n");

describe("indexSource: headings", () => {
  const { headings } = indexSource(body);

  it("lists h2–h6 as the page shows them, with the renderer's ids (duplicates numbered)", () => {
    expect(headings.map((h) => [h.depth, h.text, h.id, h.line])).toEqual([
      [2, "2.1 First section", "first-section", 3],
      [3, "Sub link and code", "sub-link-and-code", 8],
      [4, "Small", "small", 11],
      [2, "Wnt/β-catenin again", "wntbeta-catenin-again", 15],
      [2, "2.1 First section", "first-section-1", 18],
    ]);
  });

  it("gives every heading the id the rendered page gives it", async () => {
    const root = parse((await renderPage(body)).html);
    const rendered = root.querySelectorAll("h2, h3, h4, h5, h6").flatMap((h) => (h.id === BIBLIOGRAPHY_ID ? [] : [[h.id, h.text]]));
    expect(rendered).toEqual(headings.map((h) => [h.id, h.text]));
  });
});

describe("indexSource: citations", () => {
  const { citations } = indexSource(body);

  it("numbers the rendered citations in reading order, with their section and place (code is not cited)", () => {
    expect(citations.map((c) => [c.id, c.keys, c.section?.id, c.line, c.column])).toEqual([
      ["cite-1", ["alpha2001"], undefined, 1, 6],
      ["cite-2", ["beta2002", "gamma2003"], "first-section", 4, 6],
      ["cite-3", ["alpha2001"], "sub-link-and-code", 9, 6],
      ["cite-4", ["delta2004"], "sub-link-and-code", 13, 14],
    ]);
  });

  it("are the citations of the rendered page", async () => {
    const root = parse((await renderPage(body)).html);
    expect(root.querySelectorAll(".citation").map((c) => c.id)).toEqual(citations.map((c) => c.id));
  });
});

describe("indexSource: sections and prose", () => {
  const { sections } = indexSource(body);

  it("opens a section at each h2 and h3, keeps h4 in its section and the opening text as a section", () => {
    expect(sections.map((s) => [s.heading?.id, s.h2?.id, s.prose.map((p) => p.value.trim())])).toEqual([
      [undefined, undefined, ["Lead [@alpha2001]."]],
      ["first-section", "first-section", ["Text [@beta2002; @gamma2003]."]],
      ["sub-link-and-code", "first-section", ["More [@alpha2001].", "Still in Sub [@delta2004]."]],
      ["wntbeta-catenin-again", "wntbeta-catenin-again", []],
      ["first-section-1", "first-section-1", ["Last."]],
    ]);
  });

  it("counts as prose neither link text, images, inline code, tags' attributes nor expressions", () => {
    const er = compileMatcher([{ key: "pathway:er", names: ["ER"] }]);
    const text = 'A [link to ER](/x/) ![ER](/i.png) [@er2001] `ER` {"ER"}.\n\n<Note title="ER">\n\nIn a note, ER.\n\n</Note>\n\nAnd ER.';
    const [section] = indexSource(text).sections;
    const mentions = section!.prose.flatMap((run) => findMentions(run.value, er).map((m) => [run.line, m.text]));
    expect(mentions).toEqual([
      [5, "ER"],
      [9, "ER"],
    ]);
  });

  it("reads each block as a reader sees it: citations out, list markers gone, a table row as its cells", () => {
    const [section] = indexSource(
      [
        "Intro line [@a].",
        "- A first item, [@b], with a comma.",
        "- The *MAPK* item [@x].",
        "",
        "| Drug | Pathway |",
        "| --- | --- |",
        "| [Lapatinib](/l/) | MAPK |",
      ].join("\n"),
    ).sections;
    expect(section!.blocks).toEqual(["Intro line.", "A first item, with a comma.", "The MAPK item.", "Drug · Pathway", "Lapatinib · MAPK"]);
    expect(section!.prose.filter((p) => p.value.includes("MAPK")).map((p) => section!.blocks[p.block])).toEqual(["The MAPK item.", "Lapatinib · MAPK"]);
  });

  it("reads the text as the pipeline gives it to the site's plugins (smart quotes and dashes)", () => {
    const [section] = indexSource("\"Quoted\" -- and 'single'...").sections;
    expect(section!.blocks).toEqual(["“Quoted” — and ‘single’…"]);
  });

  it("parses a body once, and says where it does not parse", () => {
    expect(indexSource(body)).toBe(indexSource(body));
    expect(() => indexSource("Text <Note>\n")).toThrow(/closing tag for `<Note>`/);
  });
});

describe("indexSource: figures", () => {
  it("lists each <Figure id> the page places, in reading order and where it stands, whatever the quotes or layout", () => {
    const source = [
      "Intro.", // line 1
      "",
      '<Figure id="signalling-network" />',
      "",
      "## Later",
      "",
      "<Note>",
      "",
      "<Figure",
      "  id='drug-timeline'",
      "/>",
      "",
      "</Note>",
      "",
      '<Figure id="alterations-by-cancer-type">',
      "",
      "| A | B |",
      "| --- | --- |",
      "| 1 | 2 |",
      "",
      "</Figure>",
    ].join("\n");
    expect(indexSource(source).figures).toEqual([
      { id: "signalling-network", line: 3, column: 1 },
      { id: "drug-timeline", line: 9, column: 1 },
      { id: "alterations-by-cancer-type", line: 15, column: 1 },
    ]);
  });

  it("leaves out what is not a placed figure: code, text that names the tag, and an id it cannot know", () => {
    const source = ["```mdx", '<Figure id="in-code" />', "```", "", 'Write `<Figure id="in-inline-code" />` to place one.', "", "<Figure id={someId} />"].join(
      "\n",
    );
    expect(indexSource(source).figures).toEqual([]);
  });
});
