/** The change history readers can cite: on every page, on /changes/, and as an Atom feed. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { describe, expect, inject, it } from "vitest";
import { htmlFiles, page } from "../helpers/dist.ts";

const dist = inject("distDir");
const contentPages = htmlFiles(dist).filter((f) => /^(chapters|drugs|pathways)\/[^/]+\/index\.html$/.test(f));

describe("changes", () => {
  it.each(contentPages)("%s lists its changes, newest first, each dated", (file) => {
    const items = page(dist, file).querySelectorAll(".page-changes li");
    expect(items.length).toBeGreaterThan(0);
    const days = items.map((li) => li.querySelector("time")!.getAttribute("datetime")!);
    expect([...days].sort().reverse()).toEqual(days);
  });

  it("/changes/ lists every page's changes, and the Atom feed carries them", () => {
    const perPage = contentPages.reduce((n, f) => n + page(dist, f).querySelectorAll(".page-changes li").length, 0);
    expect(page(dist, "changes/index.html").querySelectorAll("main li")).toHaveLength(perPage);
    const feed = parse(readFileSync(join(dist, "changes.xml"), "utf8"));
    const entries = feed.querySelectorAll("entry");
    expect(entries).toHaveLength(perPage);
    for (const entry of entries) {
      expect(entry.querySelector("updated")!.text).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      expect(entry.querySelector("link")!.getAttribute("href")).toMatch(/^https?:\/\//);
    }
  });
});
