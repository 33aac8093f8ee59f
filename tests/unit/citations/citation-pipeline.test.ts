import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../helpers/render-markdown.ts";

const citations = (html: string) =>
  parse(html)
    .querySelectorAll(".citation")
    .map((c) => ({ id: c.id, cites: c.getAttribute("data-cites"), links: c.querySelectorAll("a").map((a) => [a.text, a.getAttribute("href")]) }));

describe("remark-citation-guard", () => {
  it("stops on an unknown key, naming file, line, column and key", async () => {
    await expect(renderMarkdown("Intro.\n\nA claim [@alpha2001] and [@nope1999].")).rejects.toThrow(
      'content/chapters/test.mdx:3:26  unknown citation key "@nope1999"',
    );
  });

  it("stops on an unknown key inside a multi-key cluster", async () => {
    await expect(renderMarkdown("A claim [@alpha2001; @nope1999].")).rejects.toThrow(/unknown citation key "@nope1999"/);
  });

  it.each([
    ["## A heading [@alpha2001]", "a heading"],
    ["A *stressed claim [@alpha2001]*.", "emphasis"],
    ["A **bold claim [@alpha2001]**.", "bold text"],
    ["A [linked claim [@alpha2001]](https://example.org).", "a link"],
  ])("stops on a citation rehype-citation would not render: %s", async (markdown, where) => {
    await expect(renderMarkdown(markdown)).rejects.toThrow(new RegExp(`citation \\[@alpha2001\\] is inside ${where}`));
  });

  it("renders a declared duplicate as the entry it duplicates", async () => {
    const html = await renderMarkdown("One [@beta2002]. Two [@beta2002dup].");
    expect(citations(html).map((c) => c.cites)).toEqual(["beta2002", "beta2002"]);
    expect(parse(html).querySelectorAll(".csl-entry")).toHaveLength(1);
  });
});

describe("rehype-citation-links", () => {
  it("links each number to the entry that carries it, even when the style sorts a cluster", async () => {
    // Vancouver numbers by first citation: alpha=1, gamma=2, then [delta; beta; gamma] shows "2–4"
    // sorted, which rehype-citation 2.3.2 links in source order (delta→2, beta→3, gamma→4): wrong.
    const html = await renderMarkdown("A [@alpha2001]. B [@gamma2003]. C [@delta2004; @beta2002; @gamma2003].");
    const root = parse(html);
    const entryNumber = new Map(root.querySelectorAll(".csl-entry").map((e) => [e.id, e.querySelector(".csl-left-margin")!.text.trim()]));
    for (const c of citations(html)) for (const [text, href] of c.links) expect(entryNumber.get(href!.slice(1))).toBe(`${text}.`);
    expect(citations(html)[2]!.cites!.split(" ").sort()).toEqual(["beta2002", "delta2004", "gamma2003"]);
  });

  it("counts every number of a compressed range as cited", async () => {
    const html = await renderMarkdown("A [@alpha2001; @beta2002; @gamma2003; @delta2004].");
    const [c] = citations(html);
    expect(c!.links.map(([t]) => t)).toEqual(["1", "4"]);
    expect(c!.cites).toBe("alpha2001 beta2002 gamma2003 delta2004");
  });

  it("gives citations ordinal ids and entries backlinks to each of them", async () => {
    const html = await renderMarkdown("A [@alpha2001]. B [@beta2002]. C [@alpha2001].");
    expect(citations(html).map((c) => c.id)).toEqual(["cite-1", "cite-2", "cite-3"]);
    const root = parse(html);
    const backlinks = (key: string) =>
      root
        .getElementById(`bib-${key}`)!
        .querySelectorAll(".backlinks a")
        .map((a) => [a.text, a.getAttribute("href")]);
    expect(backlinks("alpha2001")).toEqual([
      ["a", "#cite-1"],
      ["b", "#cite-3"],
    ]);
    expect(backlinks("beta2002")).toEqual([["↑", "#cite-2"]]);
  });

  it("writes a truncated author list as et al., and titles the bibliography", async () => {
    const html = await renderMarkdown("A [@alpha2001].");
    const root = parse(html);
    expect(root.querySelector(".csl-entry")!.text).toMatch(/^\s*1\.\s*Alpha A, et al\. First work on HER2/);
    expect(root.querySelector("section.bibliography > h2#references")!.text).toBe("References");
  });

  it("puts the entries in a fold that names how many there are", async () => {
    const root = parse(await renderMarkdown("A [@alpha2001]. B [@beta2002]."));
    const fold = root.querySelector("section.bibliography > details.reference-fold")!;
    expect(fold.querySelector(":scope > summary")!.text).toBe("2 references");
    expect(fold.querySelectorAll(".csl-bib-body > .csl-entry")).toHaveLength(2);
    expect(fold.hasAttribute("open")).toBe(false);
  });

  it("adds each entry's link out and evidence type", async () => {
    const root = parse(await renderMarkdown("A [@beta2002]. B [@gamma2003]."));
    const [beta, gamma] = root.querySelectorAll(".csl-entry");
    expect(beta!.querySelector("a.ref-link")!.getAttribute("href")).toBe("https://doi.org/10.1000/beta");
    expect(gamma!.querySelector("a.ref-link")!.getAttribute("href")).toMatch(/^https:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/\?term=/);
    expect(gamma!.querySelector("a.ref-link")!.getAttribute("rel")).toBe("noopener noreferrer");
    expect(beta!.querySelector(".evidence")!.text).toBe("Not classified");
  });

  it("leaves a page without citations alone", async () => {
    const html = await renderMarkdown("No citations here.");
    expect(html).not.toContain("bibliography");
  });
});
