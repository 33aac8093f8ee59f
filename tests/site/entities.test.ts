/**
 * The entity pages of the built site (drugs, pathways, glossary) and their links with the chapters.
 * The build errors for broken entity content are in build-errors.test.ts.
 */
import { parseFrontmatter } from "@astrojs/markdown-remark";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { HTMLElement } from "node-html-parser";
import { describe, expect, inject, it } from "vitest";
import { loadEntityCatalog } from "../../src/entities/load-catalog.ts";
import { findMentions } from "../../src/entities/mentions.ts";
import { PATHWAY_IDS } from "../../src/entities/paths.ts";
import { indexSource } from "../../src/source-index/source-index.ts";
import { fileForPath, page } from "../helpers/dist.ts";

const dist = inject("distDir");
const base = inject("base");
const catalog = loadEntityCatalog("content");

const DRUGS = readdirSync("content/drugs")
  .filter((name) => name.endsWith(".mdx"))
  .map((name) => name.replace(/\.mdx$/, ""));
const drugPages = DRUGS.map((slug) => `drugs/${slug}/index.html`);
const pathwayPages = PATHWAY_IDS.map((id) => `pathways/${id}/index.html`);
const chapterFiles = readdirSync("content/chapters").sort();

/** The element a site URL points at: its page, and the element of the fragment if there is one. */
function resolveLink(href: string): { file?: string; found: boolean } {
  const url = new URL(href, "http://site.test");
  const file = fileForPath(url.pathname, base);
  if (!file || !existsSync(join(dist, file))) return { file, found: false };
  const id = decodeURIComponent(url.hash.slice(1));
  return { file, found: !id || page(dist, file).getElementById(id) !== null };
}

describe("drug and pathway pages", () => {
  it("builds eight drug pages and seven pathway pages", () => {
    for (const file of [...drugPages, ...pathwayPages]) expect(existsSync(join(dist, file)), file).toBe(true);
  });

  it.each([...drugPages, ...pathwayPages])("%s has one h1, a filled summary box, a cited body and its references", (file) => {
    const root = page(dist, file);
    expect(root.querySelectorAll("h1")).toHaveLength(1);
    const facts = root.querySelectorAll(".infobox dl > div");
    // A pathway's "Also called" is left out when its only other name re-punctuates its name
    // (JAK/STAT, JAK-STAT: one name to search, src/text/text-key.ts); its other four facts remain.
    expect(facts.length).toBeGreaterThanOrEqual(file.startsWith("pathways/") ? 4 : 5);
    for (const fact of facts) {
      expect(fact.querySelector("dt")?.text.trim(), fact.toString()).toBeTruthy();
      expect(fact.querySelector("dd")?.text.trim(), fact.toString()).toBeTruthy();
    }
    if (root.querySelector(".infobox-editorial-list")?.text.includes("(after the review)")) {
      // Approved after the review: nothing on the page is the review's, so it cites editorial sources only.
      expect(root.querySelectorAll(".entity-body .citation")).toHaveLength(0);
      expect(root.querySelectorAll(".editorial-source-list li").length).toBeGreaterThan(0);
      return;
    }
    expect(root.querySelectorAll(".entity-body .citation").length).toBeGreaterThan(0);
    expect(root.querySelectorAll(".entity-body .bibliography .csl-entry").length).toBeGreaterThan(0);
  });

  it.each([...drugPages, ...pathwayPages])("%s lists the chapter sections that discuss it, and every link lands", (file) => {
    const links = page(dist, file).querySelectorAll(".discussed-in li > a");
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.getAttribute("href"), file).toMatch(/\/chapters\/[^/]+\/(#.+)?$/);
      expect(resolveLink(a.getAttribute("href")!), a.getAttribute("href")!).toMatchObject({ found: true });
      expect(a.parentNode!.querySelector(".discussed-context")!.text.length).toBeLessThanOrEqual(160);
    }
  });

  it.each(drugPages)("%s is found by search under its brand names and labels the label data as editorial", (file) => {
    const root = page(dist, file);
    const article = root.querySelector("article[data-pagefind-body]")!;
    expect(article.getAttribute("data-pagefind-filter")).toBe("type:Drug");
    const aliases = article.querySelector("p.visually-hidden[data-pagefind-weight]")!.text;
    const brand = root.querySelectorAll(".infobox dt").find((dt) => /brand/.test(dt.text))!.nextElementSibling!.text;
    expect(aliases).toContain(brand.split(",")[0]!.trim());
    expect(root.querySelector(".infobox-editorial")!.text).toMatch(/^\s*Since the review\s+From the current US label\s*$/);
  });

  it.each(pathwayPages)("%s links to Figure 1, whose nodes it names belong to it", (file) => {
    const link = page(dist, file).querySelector(".infobox a[data-figure-nodes]")!;
    expect(resolveLink(link.getAttribute("href")!).found).toBe(true);
    const figure = page(dist, "chapters/signalling/index.html");
    const pathway = file.split("/")[1]!;
    const named = link.getAttribute("data-figure-nodes")!.split(" ");
    for (const node of named) {
      expect(figure.querySelector(`[data-node="${node}"]`)?.getAttribute("data-pathway"), `${pathway}: node ${node}`).toBe(pathway);
    }
    // The link names the pathway's highlight, which rings exactly those nodes (tests/e2e/phone-layout shows it).
    const highlight = figure.getElementById(decodeURIComponent(new URL(link.getAttribute("href")!, "https://x").hash.slice(1)));
    expect(highlight?.classList.contains("fig-highlight")).toBe(true);
    expect(highlight!.querySelectorAll(".fig-highlight-ring").map((r) => r.getAttribute("data-node"))).toEqual(expect.arrayContaining(named));
    expect(highlight!.querySelectorAll(".fig-highlight-ring")).toHaveLength(named.length);
  });

  it("lists every drug side by side on the drug index, each linking to its page", () => {
    const rows = page(dist, "drugs/index.html").querySelectorAll(".drug-table tbody tr");
    expect(rows).toHaveLength(drugPages.length);
    for (const row of rows) {
      expect(
        row
          .querySelectorAll("td")
          .map((td) => td.text.trim())
          .every(Boolean),
      ).toBe(true);
      expect(resolveLink(row.querySelector("th a")!.getAttribute("href")!).found).toBe(true);
    }
    const filters = page(dist, "drugs/index.html").querySelectorAll(".drug-filter a");
    for (const a of filters) expect(resolveLink(`${base.replace(/\/?$/, "/")}drugs/${a.getAttribute("href")}`).found, a.getAttribute("href")!).toBe(true);
  });

  it("lists the seven pathways on the pathway index", () => {
    const links = page(dist, "pathways/index.html").querySelectorAll(".pathway-card h2 a");
    expect(links.map((a) => resolveLink(a.getAttribute("href")!).file)).toEqual(pathwayPages);
  });
});

/** Entity page paths linked from each ## section of a built page ("" for the text before the first ##). */
function linksBySection(root: HTMLElement): Map<string, Set<string>> {
  const sections = new Map<string, Set<string>>([["", new Set()]]);
  let current = "";
  for (const child of root.querySelector(".prose")!.childNodes as HTMLElement[]) {
    if (child.tagName === "H2") sections.set((current = child.id), new Set());
    for (const a of child.querySelectorAll?.("a.entity-link") ?? []) sections.get(current)!.add(a.getAttribute("href")!);
  }
  return sections;
}

describe("links between the chapters and the entity pages", () => {
  it.each(chapterFiles)("%s links every drug and pathway it mentions, once in each ## section", (name) => {
    const body = parseFrontmatter(readFileSync(join("content/chapters", name), "utf8")).content;
    const expected = new Map<string, Set<string>>([["", new Set()]]);
    for (const section of indexSource(body).sections) {
      const key = section.h2?.id ?? "";
      if (!expected.has(key)) expected.set(key, new Set());
      for (const run of section.prose) for (const m of findMentions(run.value, catalog.linkMatcher)) expected.get(key)!.add(catalog.byKey.get(m.key)!.path);
    }
    const slug = name.replace(/^\d+-|\.mdx$/g, "");
    const root = page(dist, `chapters/${slug}/index.html`);
    const actual = linksBySection(root);
    const withBase = (paths: Set<string>) => [...paths].map((p) => base.replace(/\/$/, "") + p).sort();
    for (const [section, paths] of expected) expect(withBase(paths), `section "${section}"`).toEqual([...(actual.get(section) ?? [])].sort());
    const linkCount = root.querySelectorAll(".prose a.entity-link").length;
    expect(linkCount).toBe([...expected.values()].reduce((n, s) => n + s.size, 0));
  });

  it("mentions every drug and pathway somewhere in the chapters", () => {
    const linked = new Set(
      chapterFiles.flatMap((name) =>
        page(dist, `chapters/${name.replace(/^\d+-|\.mdx$/g, "")}/index.html`)
          .querySelectorAll("a.entity-link")
          .map((a) => a.getAttribute("data-entity")),
      ),
    );
    expect([...linked].sort()).toEqual(catalog.entities.map((e) => e.key).sort());
  });
});

describe("glossary terms", () => {
  const pagesWithTerms = [...chapterFiles.map((n) => `chapters/${n.replace(/^\d+-|\.mdx$/g, "")}/index.html`), ...drugPages, ...pathwayPages];

  it("lists every term on the glossary page under its own anchor", () => {
    const root = page(dist, "glossary/index.html");
    expect(root.querySelector("[data-pagefind-body]")!.getAttribute("data-pagefind-filter")).toBe("type:Glossary");
    for (const term of catalog.glossary) expect(root.getElementById(term.id)?.text, term.term).toContain(term.term);
  });

  it.each(pagesWithTerms)("%s marks each term once, focusable and described by its tooltip", (file) => {
    const root = page(dist, file);
    const terms = root.querySelectorAll(".term");
    expect(terms.length).toBeGreaterThan(0);
    const ids = terms.map((t) => t.querySelector(".term-label")!.getAttribute("aria-describedby"));
    expect(new Set(ids).size).toBe(ids.length);
    for (const term of terms) {
      const label = term.querySelector(".term-label")!;
      expect(label.getAttribute("tabindex")).toBe("0");
      const tip = root.getElementById(label.getAttribute("aria-describedby")!)!;
      expect(tip.getAttribute("role")).toBe("tooltip");
      expect(tip.hasAttribute("data-pagefind-ignore")).toBe(true);
      expect(tip.parentNode).toBe(term);
    }
    expect(root.querySelectorAll("script").length).toBeGreaterThan(0);
  });
});
