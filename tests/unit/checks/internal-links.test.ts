import { describe, expect, it } from "vitest";
import { checkInternalLinks } from "../../../src/checks/internal-links.ts";
import { cleanTree, edit, run } from "./helpers.ts";

const CHAPTER = "content/chapters/01-introduction.mdx";
const HINT = "a heading's id is its text in lower case with hyphens for spaces, without the section number; a figure's is figure-<id>";

describe("internal-links", () => {
  it("accepts links to pages, headings, figures, citations and the References page", () => {
    const tree = edit(
      cleanTree(),
      CHAPTER,
      (t) =>
        `${t}\n[a](/references/#ref-2), [b](#cite-1), [c](/chapters/therapeutics/#references), [d](/glossary/#dimer), [e](https://example.org/x), [f](/search/?q=her2), [g](/chapters/introduction/references.bib).\n`,
    );
    expect(run(checkInternalLinks, tree)).toEqual([]);
  });

  it("knows every page the site has whatever the content holds, from the paths pages are linked by", () => {
    const links = ["/changes/", "/changes.xml", "/data/drugs.json", "/chapters/introduction/cite.json", "/about/", "/pathways/"];
    const tree = edit(cleanTree(), CHAPTER, (t) => `${t}\n${links.map((href, i) => `[${i}](${href})`).join(", ")}.\n`);
    expect(run(checkInternalLinks, tree)).toEqual([]);
  });

  it("names a link to a page that does not exist, with the nearest page", () => {
    const tree = edit(cleanTree(), CHAPTER, (t) => t.replace("(/chapters/therapeutics/)", "(/chapters/therapeutic/)"));
    expect(run(checkInternalLinks, tree)).toEqual([
      `${CHAPTER}:14:51  link to "/chapters/therapeutic/": there is no page /chapters/therapeutic/  (did you mean "/chapters/therapeutics/"?)  [internal-links]`,
    ]);
  });

  it("names an anchor the target page does not have, with the nearest id", () => {
    const tree = edit(cleanTree(), CHAPTER, (t) => t.replace("#figure-alterations)", "#figure-alteration)"));
    expect(run(checkInternalLinks, tree)).toEqual([
      `${CHAPTER}:18:48  link to "/chapters/therapeutics/#figure-alteration": /chapters/therapeutics/ has no heading, figure or citation with the id "figure-alteration"  (did you mean "#figure-alterations"?)  [internal-links]`,
    ]);
  });

  it("checks anchors on the same page, against heading ids without their section numbers", () => {
    const tree = edit(cleanTree(), CHAPTER, (t) => t.replace("(#signalling)", "(#1-1-her2-in-brief)"));
    expect(run(checkInternalLinks, tree)).toEqual([
      `${CHAPTER}:19:5  link to "#1-1-her2-in-brief": this page has no heading, figure or citation with the id "1-1-her2-in-brief"  (${HINT})  [internal-links]`,
    ]);
  });

  it("names a missing trailing slash and a relative link", () => {
    const tree = edit(cleanTree(), CHAPTER, (t) =>
      t.replace("(/pathways/mapk/)", "(/pathways/mapk)").replace("(/drugs/trastuzumab/)", "(../drugs/trastuzumab/)"),
    );
    expect(run(checkInternalLinks, tree)).toEqual([
      `${CHAPTER}:23:21  link to "/pathways/mapk" has no trailing slash  (write "/pathways/mapk/")  [internal-links]`,
      `${CHAPTER}:23:45  link to "../drugs/trastuzumab/" is relative  (write internal links from the site root, e.g. "/chapters/introduction/" or "/drugs/trastuzumab/")  [internal-links]`,
    ]);
  });

  it("checks <a href> in JSX and links in entity pages", () => {
    const tree = edit(cleanTree(), "content/drugs/trastuzumab.mdx", (t) => `${t}\nSee <a href="/pathways/jak-stat/">JAK–STAT</a>.\n`);
    expect(run(checkInternalLinks, tree)).toEqual([
      `content/drugs/trastuzumab.mdx:40:5  link to "/pathways/jak-stat/": there is no page /pathways/jak-stat/  (link to an existing page: /chapters/<slug>/, /drugs/<slug>/, /pathways/<id>/, /references/, /glossary/)  [internal-links]`,
    ]);
  });
});
