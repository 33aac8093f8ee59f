/**
 * `npm run book:pdf` on the built site: a PDF of the single-file book with an outline (a bookmark
 * per heading, every chapter among them) and links that jump inside it, to destinations it has.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { pdfDestinations, pdfInternalLinks, pdfOutline, pdfUriLinks } from "../helpers/pdf.ts";
import { page } from "../helpers/dist.ts";

const dist = inject("distDir");
const out = mkdtempSync(join(tmpdir(), "her2-kb-book-pdf-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const slugs = readdirSync("content/chapters")
  .sort()
  .map((name) => name.replace(/^\d+-/, "").replace(/\.mdx$/, ""));
/** Chromium drops the space where a heading wraps; compare titles without spaces. */
const squeezed = (title: string) => title.replace(/\s+/g, "");

describe("npm run book:pdf", () => {
  const file = join(out, "book.pdf");
  let run: SpawnSyncReturns<string>;
  beforeAll(() => {
    run = spawnSync(process.execPath, ["scripts/book-pdf.ts", file, "--dist", dist], { encoding: "utf8" });
  }, 120_000);

  it("writes the PDF where it is told", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(file);
  });

  it("has an outline with every chapter and its sections", () => {
    const pdf = readFileSync(file);
    const outline = pdfOutline(pdf);
    expect(outline.present).toBe(true);
    const titles = outline.titles.map(squeezed);
    for (const slug of slugs) {
      const chapter = page(dist, `chapters/${slug}/index.html`);
      expect(titles).toContain(squeezed(chapter.querySelector("h1")!.text));
      expect(titles).toContain(squeezed(chapter.querySelector(".prose h2")!.text));
    }
  });

  it("has links that jump inside it, each to a destination it defines, and links out", () => {
    const pdf = readFileSync(file);
    const links = pdfInternalLinks(pdf);
    const destinations = pdfDestinations(pdf);
    expect(links.length).toBeGreaterThan(100);
    expect(links.filter((name) => !destinations.has(name))).toEqual([]);
    // The contents list links to every chapter.
    for (const slug of slugs) expect(links).toContain(slug);
    expect(pdfUriLinks(pdf)).toBeGreaterThan(0);
  });

  it("refuses, saying why, when there is no book to print", () => {
    const missing = spawnSync(process.execPath, ["scripts/book-pdf.ts", join(out, "none.pdf"), "--dist", out], { encoding: "utf8" });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/her2-knowledge-base\.html does not exist: build the site first/);
  });
});
