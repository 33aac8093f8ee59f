import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { BIBLIOGRAPHY_ID } from "../../../src/citations/rehype-citation-links.ts";
import { indexSource } from "../../../src/source-index/source-index.ts";
import { renderPage } from "../../helpers/render-markdown.ts";

const CONTENT = "tests/unit/entities/fixtures/content";

/** The site's Markdown pipeline, with the fixture entities. */
async function render(markdown: string, { path = "content/chapters/test.mdx" } = {}) {
  const { html, frontmatter } = await renderPage(markdown, { path, contentDir: CONTENT });
  return { root: parse(html), frontmatter };
}
const links = (root: ReturnType<typeof parse>) => root.querySelectorAll("a.entity-link").map((a) => [a.text, a.getAttribute("href")]);

describe("remark-entity-links: drug and pathway links", () => {
  it("links the first mention of each entity in each ## section", async () => {
    const { root } = await render(
      [
        "Trastuzumab and T-DXd lead; trastuzumab again.",
        "## One",
        "HER2 drives the PI3K/AKT pathway, and trastuzumab blocks HER2.",
        "### Deeper",
        "Trastuzumab is not linked again within the same ## section.",
        "## Two",
        "Enhertu is trastuzumab deruxtecan; Herceptin is trastuzumab.",
      ].join("\n\n"),
    );
    expect(links(root)).toEqual([
      ["Trastuzumab", "/drugs/trastuzumab/"],
      ["T-DXd", "/drugs/fam-trastuzumab-deruxtecan/"],
      ["PI3K/AKT", "/pathways/pi3k-akt-mtor/"],
      ["trastuzumab", "/drugs/trastuzumab/"],
      ["Enhertu", "/drugs/fam-trastuzumab-deruxtecan/"],
      ["Herceptin", "/drugs/trastuzumab/"],
    ]);
  });

  it("never links inside headings, links, code or citations", async () => {
    const { root } = await render("## Trastuzumab\n\nSee [trastuzumab](/x/), `trastuzumab`, [@alpha2001].\n\nNow trastuzumab.");
    expect(links(root)).toEqual([["trastuzumab", "/drugs/trastuzumab/"]]);
    expect(root.querySelector("h2")!.text).toBe("Trastuzumab");
  });

  it("does not link a page to itself", async () => {
    const { root } = await render("Trastuzumab and T-DXd.", { path: "content/drugs/trastuzumab.mdx" });
    expect(links(root)).toEqual([["T-DXd", "/drugs/fam-trastuzumab-deruxtecan/"]]);
  });

  it("changes neither heading ids nor citation numbering: the page has those of the source index", async () => {
    const markdown =
      "Trastuzumab [@alpha2001].\n\n## ER and trastuzumab\n\nER signalling and trastuzumab [@beta2002; @alpha2001].\n\n## ER\n\nER [@gamma2003].";
    const { root } = await render(markdown);
    const index = indexSource(markdown);
    expect(root.querySelectorAll("a.entity-link")).not.toHaveLength(0);
    // The bibliography's own heading comes from rehype-citation-links, not from the Markdown.
    const headingIds = root.querySelectorAll("h2").flatMap((h) => (h.id === BIBLIOGRAPHY_ID ? [] : [h.id]));
    expect(headingIds).toEqual(index.headings.map((h) => h.id));
    // The style orders a cluster's keys by number; the index keeps them as written.
    const cites = root.querySelectorAll(".citation").map((c) => [c.id, c.getAttribute("data-cites")!.split(" ").sort()]);
    expect(cites).toEqual(index.citations.map((c) => [c.id, [...c.keys].sort()]));
  });
});

describe("remark-entity-links: glossary terms", () => {
  it("marks the first use of each term on the page, with a tooltip describing it", async () => {
    const { root, frontmatter } = await render("## A\n\nADCs carry a payload; an ADC is.\n\n## B\n\nADC again, and PI3K.");
    const terms = root.querySelectorAll(".term");
    expect(terms.map((t) => t.querySelector(".term-label")!.text)).toEqual(["ADCs", "PI3K"]);
    const label = terms[0]!.querySelector(".term-label")!;
    expect(label.getAttribute("tabindex")).toBe("0");
    const tip = root.getElementById(label.getAttribute("aria-describedby")!)!;
    expect(tip.getAttribute("role")).toBe("tooltip");
    expect(tip.text).toBe("antibody–drug conjugate: An antibody joined to a drug."); // the first sentence only
    expect(tip.hasAttribute("data-pagefind-ignore")).toBe(true);
    expect(frontmatter.glossaryTerms).toBe(2);
  });

  it("leaves links alone, so a linked name is explained at its next plain use", async () => {
    const { root } = await render("The estrogen receptor (ER) and NF-kB.");
    expect(links(root)).toEqual([["estrogen receptor", "/pathways/er-crosstalk/"]]);
    expect(root.querySelectorAll(".term-label").map((t) => t.text)).toEqual(["ER", "NF-kB"]);
  });

  it("keeps an unlinked drug or pathway name whole, but explains a term that is the whole name", async () => {
    const { root } = await render("## A\n\nThe PI3K/AKT route; the PI3K/AKT route again, then PI3K.\n\n## B\n\nThe ER, and the ER again.", {
      path: "content/pathways/pi3k-akt-mtor.mdx",
    });
    expect(links(root)).toEqual([["ER", "/pathways/er-crosstalk/"]]);
    expect(root.querySelectorAll(".term-label").map((t) => t.text)).toEqual(["PI3K", "ER"]);
    expect(root.querySelector(".term-label")!.parentNode!.parentNode!.text).toContain("then PI3K");
  });

  it("never marks a term inside a longer word", async () => {
    const { root } = await render("Her error and ERK, then HER2.");
    expect(root.querySelectorAll(".term")).toHaveLength(0);
    expect(links(root)).toEqual([]);
  });
});
