/**
 * The whole book (/book/) and its single file, as built: every chapter in reading order with its
 * references, figures and editorial notes, ids that cannot collide, links that stay in the book,
 * kept out of the search index, linked from the home page; the file holds everything it needs.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { parse, type HTMLElement } from "node-html-parser";
import { page } from "../helpers/dist.ts";
import { normalBase } from "../gates/links.ts";
import { sitemapUrls } from "../gates/sitemap.ts";
import { BOOK_FILE } from "../../src/book/single-file.ts";

const dist = inject("distDir");
const base = normalBase(inject("base"));
const siteRoot = new URL(base, inject("siteUrl")).href;
const book = page(dist, "book/index.html");
/** Chapter slugs in reading order: content/chapters/NN-slug.mdx. */
const slugs = readdirSync("content/chapters")
  .sort()
  .map((name) => name.replace(/^\d+-/, "").replace(/\.mdx$/, ""));
const section = (slug: string) => book.querySelector(`section.book-chapter#${slug}`)!;
const ids = (root: HTMLElement, selector: string) => root.querySelectorAll(selector).map((e) => e.id);

describe("/book/", () => {
  it("has all seven chapters, in reading order, under one h1", () => {
    expect(slugs).toHaveLength(7);
    expect(book.querySelectorAll("section.book-chapter").map((s) => s.id)).toEqual(slugs);
    expect(book.querySelectorAll("h1")).toHaveLength(1);
    expect(book.querySelectorAll(".book-contents a").map((a) => a.getAttribute("href"))).toEqual(slugs.map((s) => `#${s}`));
  });

  describe.each(slugs)("chapter %s", (slug) => {
    const chapter = page(dist, `chapters/${slug}/index.html`);
    const inBook = section(slug);
    const prefixed = (list: string[]) => list.map((id) => `${slug}--${id}`);

    it("has the chapter page's title as its heading, its dates and where it comes from", () => {
      expect(inBook.querySelector(".chapter-header h2")!.text).toBe(chapter.querySelector("h1")!.text);
      expect(inBook.querySelector(".editorial-date time")?.getAttribute("datetime")).toBe(
        chapter.querySelector(".chapter-header .editorial-date time")?.getAttribute("datetime"),
      );
      for (const selector of [".page-provenance time", ".page-provenance .edit-link"]) {
        expect(inBook.querySelector(selector)?.outerHTML).toBe(chapter.querySelector(selector)?.outerHTML);
      }
    });

    it("has every reference, figure, heading and editorial source of the chapter page, ids prefixed", () => {
      for (const selector of [".bibliography .csl-entry", "figure", ".prose h2[id], .prose h3[id], .prose h4[id]", ".editorial-source-list li"]) {
        const expected = ids(chapter, selector);
        if (selector.startsWith(".bibliography")) expect(expected.length).toBeGreaterThan(0);
        expect(
          ids(
            inBook,
            selector.replace(/h([234])/g, (_, n: string) => `h${Number(n) + 1}`),
          ),
        ).toEqual(prefixed(expected));
      }
    });

    it("keeps every editorial note with its label", () => {
      const labels = (root: HTMLElement) => root.querySelectorAll("aside.editorial .editorial-label").map((l) => l.text.trim());
      expect(labels(inBook)).toEqual(labels(chapter));
      expect(inBook.querySelectorAll("aside.editorial").map((a) => a.getAttribute("aria-label"))).toEqual(
        chapter.querySelectorAll("aside.editorial").map((a) => a.getAttribute("aria-label")),
      );
    });

    it("lists the address of every link that leaves the book, numbered, for print", () => {
      const marks = inBook.querySelectorAll("sup.link-note a").map((a) => a.getAttribute("href")!);
      const notes = ids(inBook, ".link-notes li");
      expect(marks.length).toBeGreaterThan(0);
      expect(new Set(marks)).toEqual(new Set(notes.map((id) => `#${id}`)));
    });
  });

  it("has no id twice", () => {
    const all = ids(book, "[id]");
    expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([]);
  });

  // Chapters link to drug and pathway pages (glossary terms are explained in place): tests/unit/book covers glossary links.
  it("links to chapters inside the book, and to drug and pathway pages on the site", () => {
    const hrefs = book.querySelectorAll(".book-chapter a[href]").map((a) => a.getAttribute("href")!);
    expect(hrefs.filter((href) => new RegExp(`^${base}chapters/[^/]+/(#.*)?$`).test(href))).toEqual([]);
    expect(hrefs.filter((href) => /^#[a-z]+(--|$)/.test(href) && slugs.some((s) => href.startsWith(`#${s}`))).length).toBeGreaterThan(100);
    for (const kind of ["drugs", "pathways"]) expect(hrefs.some((href) => href.startsWith(`${base}${kind}/`))).toBe(true);
    const known = new Set(ids(book, "[id]"));
    expect(hrefs.filter((href) => href.startsWith("#") && !known.has(href.slice(1)))).toEqual([]);
  });

  it("has the site's header and footer, with the latest review date", () => {
    expect(book.querySelector(".site-header nav")).not.toBeNull();
    expect(book.querySelector(".site-footer .editorial-date time")?.getAttribute("datetime")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("is in the sitemap but not in the search index, where every hit would appear twice", () => {
    expect(sitemapUrls(readFileSync(join(dist, "sitemap.xml"), "utf8"))).toContain(`${siteRoot}book/`);
    // Pagefind indexes only pages with data-pagefind-body once any page has it; chapters have it.
    expect(book.querySelector("[data-pagefind-body]")).toBeNull();
    expect(page(dist, "chapters/introduction/index.html").querySelector("[data-pagefind-body]")).not.toBeNull();
    const fragmentDir = join(dist, "pagefind", "fragment");
    const indexed = readdirSync(fragmentDir).map(
      (f) =>
        (
          JSON.parse(
            gunzipSync(readFileSync(join(fragmentDir, f)))
              .toString("utf8")
              .replace(/^[^{]*/, ""),
          ) as { url: string }
        ).url,
    );
    // Pagefind records addresses from the build's root; the search client adds the base.
    expect(indexed).toContain("/chapters/introduction/");
    expect(indexed.filter((url) => url.includes("book"))).toEqual([]);
  });

  it("is linked from the home page, with the single file as a download", () => {
    const links = page(dist, "index.html")
      .querySelectorAll("a")
      .map((a) => [a.text.trim(), a.getAttribute("href"), a.hasAttribute("download")]);
    expect(links).toContainEqual(["All seven chapters on one page", `${base}book/`, false]);
    expect(links).toContainEqual(["Download the book (one HTML file)", `${base}${BOOK_FILE}`, true]);
    expect(book.querySelector(`a[href="${base}${BOOK_FILE}"][download]`)?.text).toBe("Download the book (one HTML file)");
  });
});

describe(BOOK_FILE, () => {
  const html = readFileSync(join(dist, BOOK_FILE), "utf8");
  const file = parse(html);

  it("holds the book's chapters, its styles and its scripts, and loads nothing", () => {
    expect(file.querySelectorAll("section.book-chapter").map((s) => s.id)).toEqual(slugs);
    expect(file.querySelectorAll("style").length).toBeGreaterThan(0);
    expect(file.querySelectorAll("script").length).toBeGreaterThan(0);
    expect(file.querySelectorAll("[src], [srcset], link:not([rel=canonical])").map((e) => e.outerHTML.slice(0, 80))).toEqual([]);
    expect(html).not.toMatch(/url\((?!["']?(data:|#))/);
  });

  it("links to the site by absolute address, where a file on disk has no site beside it", () => {
    const hrefs = file.querySelectorAll("a[href]").map((a) => a.getAttribute("href")!);
    expect(hrefs.filter((href) => href.startsWith("/"))).toEqual([]);
    expect(hrefs).toContain(`${siteRoot}drugs/trastuzumab/`);
  });

  it("allows exactly its own inline scripts and styles by hash, never 'unsafe-inline'", () => {
    const policy = file.querySelector('meta[http-equiv="content-security-policy" i]')!.getAttribute("content")!;
    expect(policy).not.toContain("'unsafe-inline'");
    const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
    const directive = (name: string) => policy.split(";").find((d) => d.trim().startsWith(`${name} `))!;
    for (const script of file.querySelectorAll("script")) expect(directive("script-src")).toContain(sha(script.rawText));
    for (const style of file.querySelectorAll("style")) expect(directive("style-src")).toContain(sha(style.rawText));
  });
});
