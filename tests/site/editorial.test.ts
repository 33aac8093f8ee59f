/** The editorial layer as readers see it: provenance markers, its own numbering, two dates per page. */
import { describe, expect, inject, it } from "vitest";
import { htmlFiles, page } from "../helpers/dist.ts";
import { loadEditorialSources } from "../../src/editorial/read-sources.ts";
import { site } from "../../src/site.config.ts";

const dist = inject("distDir");
const files = htmlFiles(dist);
const contentPages = files.filter((f) => /^(chapters|drugs|pathways)\/[^/]+\/index\.html$/.test(f));
const drugPages = contentPages.filter((f) => f.startsWith("drugs/"));
const { sources } = loadEditorialSources();

describe("the editorial layer in the built site", () => {
  it("has chapter, drug and pathway pages to check", () => {
    expect(contentPages.length).toBeGreaterThanOrEqual(7 + 8 + 7);
  });

  it.each(contentPages)("%s shows the review's date and when its editorial layer was checked", (file) => {
    const root = page(dist, file);
    expect(root.querySelector(".review-date time")?.getAttribute("datetime")).toBe(site.sourceReview.posted);
    expect(root.querySelector(".editorial-date time")?.getAttribute("datetime")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each(contentPages)("%s: every editorial block is labelled in text, cites E-numbered sources listed on the page", (file) => {
    const root = page(dist, file);
    const listed = root.querySelectorAll(".editorial-source-list li").map((li) => li.id);
    const labels = root.querySelectorAll(".editorial-source-number").map((n) => n.text.trim());
    // Numbered E1, E2… in order, apart from the review's references.
    expect(labels).toEqual(listed.map((_, i) => `E${i + 1}.`));
    for (const block of root.querySelectorAll("aside.editorial")) {
      const badge = block.querySelector(".editorial-badge")?.text.trim();
      expect(["Correction", "Since the review"]).toContain(badge);
      if (badge === "Correction") expect(block.querySelector(".editorial-review")?.text).toMatch(/^The review says:\s+\S.{8,}/);
      const marks = block.querySelectorAll(".source-marks a");
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) {
        expect(mark.text).toMatch(/^E\d+$/);
        const target = mark.getAttribute("href")!.slice(1);
        expect(listed).toContain(target);
        expect(labels[listed.indexOf(target)]).toBe(`${mark.text}.`);
      }
    }
    // Search can be narrowed to editorial content: every block carries its filter.
    const filters = root.querySelectorAll("[data-pagefind-filter^='editorial:']").length;
    expect(filters).toBe(root.querySelectorAll("aside.editorial").length);
  });

  it.each(drugPages)("%s answers what it is approved for, the trial, and what to watch for, each sourced", (file) => {
    const root = page(dist, file);
    const panel = root.querySelector(".infobox-editorial-list")!;
    expect(panel).not.toBeNull();
    const terms = panel.querySelectorAll("dt").map((dt) => dt.text.replace(/:\s*$/, "").trim());
    expect(terms).toEqual(expect.arrayContaining(["Approved uses", "Main risks to watch for", "Prescribing information"]));
    expect(terms.some((t) => t.startsWith("Boxed warning"))).toBe(true);
    for (const item of panel.querySelectorAll("dd li")) expect(item.querySelector(".source-marks a"), item.text).not.toBeNull();
    expect(root.querySelector("#editorial-sources")).not.toBeNull();
  });

  it("lists every editorial source on the References page, apart from the review's 72", () => {
    const root = page(dist, "references/index.html");
    expect(root.querySelectorAll(".reference-list > li")).toHaveLength(72);
    const listed = root.querySelectorAll("#editorial-sources ~ ul > li, .editorial-source-list ul > li").map((li) => li.id);
    expect(new Set(listed)).toEqual(new Set(sources.map((s) => `source-${s.id}`)));
    for (const li of root.querySelectorAll(".editorial-source-list ul > li")) expect(li.querySelector(".editorial-checked time")).not.toBeNull();
  });
});
