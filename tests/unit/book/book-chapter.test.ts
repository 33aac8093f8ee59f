import { describe, expect, it } from "vitest";
import { parse } from "node-html-parser";
import { bookChapterHtml, type BookChapterOptions } from "../../../src/book/book-chapter.ts";

const options: BookChapterOptions = {
  slug: "signalling",
  section: 2,
  chapterSlugs: ["introduction", "signalling"],
  base: "/her2/",
  siteRoot: "https://example.org/her2/",
};
const book = (html: string, overrides: Partial<BookChapterOptions> = {}) => parse(bookChapterHtml(html, { ...options, ...overrides }));

describe("bookChapterHtml", () => {
  it("prefixes every id and every reference to one with the chapter's slug", () => {
    const root = book(
      '<h1 id="title">T</h1><span id="cite-1" class="citation"><a href="#bib-a">1</a></span>' +
        '<span class="term-label" aria-describedby="tip-x">x</span><span id="tip-x">tip</span>' +
        '<label for="f">F</label><input id="f"><svg viewBox="0 0 1 1" aria-labelledby="fig-title"><title id="fig-title">Fig</title><path marker-end="url(#arrow)"/></svg>',
    );
    expect(root.querySelectorAll("[id]").map((e) => e.id)).toEqual([
      "signalling--title",
      "signalling--cite-1",
      "signalling--tip-x",
      "signalling--f",
      "signalling--fig-title",
    ]);
    expect(root.querySelector(".citation a")!.getAttribute("href")).toBe("#signalling--bib-a");
    expect(root.querySelector(".term-label")!.getAttribute("aria-describedby")).toBe("signalling--tip-x");
    expect(root.querySelector("label")!.getAttribute("for")).toBe("signalling--f");
    expect(root.querySelector("svg")!.getAttribute("aria-labelledby")).toBe("signalling--fig-title");
    expect(root.querySelector("path")!.getAttribute("marker-end")).toBe("url(#signalling--arrow)");
  });

  it("points links to a chapter page, or a section of one, inside the book", () => {
    const root = book('<p><a href="/her2/chapters/introduction/">1</a> <a href="/her2/chapters/introduction/#what-her2-is">2</a></p>');
    expect(root.querySelectorAll("p > a").map((a) => a.getAttribute("href"))).toEqual(["#introduction", "#introduction--what-her2-is"]);
  });

  it("leaves links to drug, pathway and glossary pages, files and other chapters' downloads as site links", () => {
    const links = [
      "/her2/drugs/trastuzumab/",
      "/her2/pathways/mapk/",
      "/her2/glossary/#her2",
      "/her2/chapters/introduction/references.bib",
      "/her2/chapters/unknown/",
    ];
    const root = book(`<p>${links.map((href) => `<a href="${href}">x</a>`).join(" ")}</p>`);
    expect(root.querySelectorAll("p > a").map((a) => a.getAttribute("href"))).toEqual(links);
  });

  it("puts the chapter's headings one level under the book's title", () => {
    const root = book("<h1>a</h1><h2>b</h2><h3>c</h3><h5>d</h5><h6>e</h6>");
    expect(root.querySelectorAll("h1, h2, h3, h4, h5, h6").map((h) => h.tagName)).toEqual(["H2", "H3", "H4", "H6", "H6"]);
  });

  it("names each region with its chapter too, so seven reference lists have seven names", () => {
    const root = book('<h1 id="title">T</h1><section aria-labelledby="references"><h2 id="references">References</h2></section>');
    expect(root.querySelector("section")!.getAttribute("aria-labelledby")).toBe("signalling--references signalling--title");
  });

  it("numbers each address a link leaves the book for, once, and lists them absolute at the chapter's end", () => {
    const root = book(
      '<p><a href="https://doi.org/10.1/x">doi</a> <a href="/her2/drugs/trastuzumab/">t</a> <a href="https://doi.org/10.1/x">again</a> <a href="#bib-a">1</a> <a href="/her2/chapters/introduction/">ch</a></p>',
    );
    expect(root.querySelectorAll("p sup.link-note").map((s) => s.text)).toEqual(["1", "2", "1"]);
    expect(root.querySelector("p sup.link-note a")!.getAttribute("href")).toBe("#signalling--link-note-1");
    const notes = root.querySelector("section.link-notes")!;
    expect(notes.querySelector("h3")!.text).toBe("Links in chapter 2");
    expect(notes.querySelectorAll("li").map((li) => [li.id, li.text])).toEqual([
      ["signalling--link-note-1", "https://doi.org/10.1/x"],
      ["signalling--link-note-2", "https://example.org/her2/drugs/trastuzumab/"],
    ]);
    expect(notes.querySelectorAll("li a").map((a) => a.getAttribute("rel"))).toEqual(["noopener noreferrer", undefined]);
  });

  it("adds no notes inside a drawing, where HTML would end the SVG, or a reference, and no list when nothing leaves the book", () => {
    const root = book(
      '<svg viewBox="0 0 1 1"><a href="/her2/pathways/mapk/"><rect width="1" height="1"/></a></svg><div class="csl-entry"><a href="https://doi.org/10.1/x">doi:10.1/x</a></div>',
    );
    expect(root.querySelectorAll(".link-note, .link-notes")).toHaveLength(0);
    expect(root.querySelector("svg a")!.getAttribute("href")).toBe("/her2/pathways/mapk/");
  });
});
