import { describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileForPath, htmlFiles, page } from "../helpers/dist.ts";
import { parseBibliography } from "../../src/citations/bibliography.ts";

const dist = inject("distDir");
const base = inject("base");
const bib = parseBibliography(readFileSync("content/references.bib", "utf8"), "content/references.bib");
const chapters = htmlFiles(dist).filter((f) => f.startsWith("chapters/"));

/** The review's reference numbers cited in each of its sections, which the matching chapter must cite. */
const REVIEW_CITES: Record<string, number[]> = {
  introduction: range(1, 25),
  signalling: [1, ...range(26, 50)],
  therapeutics: range(51, 58),
  metastasis: [3, ...range(59, 63)],
  immunity: range(64, 72),
};
function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

describe("citations in the built chapters", () => {
  it("builds all seven chapters", () => {
    expect(chapters).toHaveLength(7);
  });

  it.each(chapters)("%s: every in-page link and citation resolves to an element of the page", (file) => {
    const root = page(dist, file);
    const ids = new Set(root.querySelectorAll("[id]").map((e) => e.id));
    const broken = root
      .querySelectorAll('a[href^="#"]')
      .map((a) => decodeURIComponent(a.getAttribute("href")!.slice(1)))
      .filter((id) => id && !ids.has(id));
    expect(broken).toEqual([]);
  });

  it.each(chapters)("%s: each citation number links to the bibliography entry with that number", (file) => {
    const root = page(dist, file);
    const numberOf = new Map(root.querySelectorAll(".csl-entry").map((e) => [e.id, e.querySelector(".csl-left-margin")!.text.replace(/[.\s]/g, "")]));
    const links = root.querySelectorAll(".citation a");
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) expect(numberOf.get(a.getAttribute("href")!.slice(1)), a.toString()).toBe(a.text.trim());
  });

  it.each(chapters)("%s: has its own bibliography listing exactly the works it cites, each linking back", (file) => {
    const root = page(dist, file);
    const cited = new Set(root.querySelectorAll(".citation").flatMap((c) => c.getAttribute("data-cites")!.split(" ")));
    const listed = root.querySelectorAll(".bibliography .csl-entry").map((e) => e.id.replace(/^bib-/, ""));
    expect(new Set(listed)).toEqual(cited);
    for (const entry of root.querySelectorAll(".bibliography .csl-entry")) {
      const back = entry.querySelectorAll(".backlinks a").map((a) => a.getAttribute("href")!.slice(1));
      expect(back.length).toBeGreaterThan(0);
      for (const id of back) expect(root.getElementById(id)?.getAttribute("data-cites")).toContain(entry.id.replace(/^bib-/, ""));
    }
  });

  it.each(Object.entries(REVIEW_CITES))("chapter %s cites every reference the review cites in its section", (slug, numbers) => {
    const root = page(dist, `chapters/${slug}/index.html`);
    const cited = new Set(root.querySelectorAll(".citation").flatMap((c) => c.getAttribute("data-cites")!.split(" ")));
    const missing = numbers
      .map((n) => bib.references.find((r) => r.number === n)!)
      .filter((r) => !cited.has(r.sameAs ?? r.key))
      .map((r) => `${r.number} (${r.key})`);
    expect(missing).toEqual([]);
  });

  it("leaves no citation unrendered and no raw TeX on any page", () => {
    for (const file of htmlFiles(dist)) {
      const text = page(dist, file).querySelector("main")?.text ?? "";
      expect(text, file).not.toMatch(/\[@[\w-]+/);
      expect(text, file).not.toMatch(/\$\\|\\(kappa|beta|alpha|gamma)\b/);
    }
  });
});

describe("the References page", () => {
  const root = page(dist, "references/index.html");

  it("lists all 72 references, numbered as in the review", () => {
    const entries = root.querySelectorAll("li.reference");
    expect(entries.map((e) => e.id)).toEqual(range(1, 72).map((n) => `ref-${n}`));
  });

  it("gives every reference a link out and at least one place that cites it", () => {
    for (const entry of root.querySelectorAll("li.reference")) {
      expect(entry.querySelector('a[href^="https://"]'), entry.id).not.toBeNull();
      expect(entry.querySelectorAll(".cited-in a").length, `${entry.id} is cited nowhere`).toBeGreaterThan(0);
    }
  });

  it("has backlinks that land on a citation of that very reference", () => {
    const references = root.querySelectorAll("li.reference");
    let checked = 0;
    for (const [i, entry] of references.entries()) {
      const ref = bib.references[i]!;
      for (const a of entry.querySelectorAll(".cited-in a")) {
        const target = new URL(a.getAttribute("href")!, "http://site.test");
        const file = fileForPath(target.pathname, base);
        expect(file, a.getAttribute("href")!).toBeDefined();
        const element = page(dist, file!).getElementById(decodeURIComponent(target.hash.slice(1)));
        expect(element, `${a.getAttribute("href")} from ${entry.id}`).not.toBeNull();
        if (element!.classList.contains("citation")) {
          expect(element!.getAttribute("data-cites")!.split(" ")).toContain(ref.sameAs ?? ref.key);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(72);
  });
});

describe("every page", () => {
  it.each(htmlFiles(dist))("%s carries the disclaimer and the source attribution", (file) => {
    const footer = page(dist, file).querySelector("footer.site-footer");
    expect(footer?.text).toMatch(/not medical advice/i);
    expect(footer?.text).toContain("10.20944/preprints202406.0515.v1");
    expect(footer?.text).toContain("CC BY 4.0");
  });

  it.each(chapters)("%s shows when it was last reviewed", (file) => {
    expect(page(dist, file).querySelector(".editorial-date time")?.getAttribute("datetime")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("has a 404 page", () => {
    expect(readFileSync(join(dist, "404.html"), "utf8")).toContain("Page not found");
  });
});
