/**
 * The whole book in Chromium: the single file opened from disk (file://) makes no request but for
 * itself, runs under its own CSP, passes axe, and its citation previews and glossary tips work;
 * printed, the book keeps headings with what follows, figures whole, and links as numbered notes.
 * On the site, /book/ previews a citation from its own chapter's references.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { cspViolations, useSite, reportCspViolations } from "../helpers/browser.ts";
import { axeViolations } from "../gates/page-audit.ts";
import { BOOK_FILE } from "../../src/book/single-file.ts";

const dist = inject("distDir");
const fileUrl = pathToFileURL(join(dist, BOOK_FILE)).href;
const site = useSite();

const preview = (page: Page) => page.locator("#citation-preview");

/** Hovers the first citation of a chapter and returns what its preview should show. */
async function hoverCitation(page: Page, slug: string): Promise<{ text: string; entry: string }> {
  const citation = page.locator(`#${slug} .prose .citation a`).first();
  const key = (await citation.evaluate((a) => a.closest<HTMLElement>(".citation")!.dataset.cites!.split(" ")[0]!))!;
  const entry = `${slug}--bib-${key}`;
  const text = (await page.locator(`#${entry} .csl-right-inline`).textContent())!.trim().slice(0, 60);
  await citation.scrollIntoViewIfNeeded();
  await citation.hover();
  return { text, entry };
}

describe(`${BOOK_FILE}, opened from disk`, () => {
  let page: Page;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await reportCspViolations(context);
    page = await context.newPage();
    page.on("request", (request) => requests.push(request.url()));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(fileUrl, { waitUntil: "load" });
  });
  afterAll(() => page?.context().close());

  it("is styled and shows all seven chapters", async () => {
    expect(await page.locator("section.book-chapter").count()).toBe(7);
    // Styles applied: the site's stylesheet hides the print-only link notes on screen.
    expect(await page.locator(".link-notes").first().isVisible()).toBe(false);
    expect(await page.locator(".site-header").evaluate((e) => getComputedStyle(e).display)).not.toBe("inline");
  });

  it("previews a citation from its own chapter's references", async () => {
    const { text, entry } = await hoverCitation(page, "therapeutics");
    await expect.poll(() => preview(page).isVisible()).toBe(true);
    expect(await preview(page).textContent()).toContain(text);
    expect(await preview(page).locator(".preview-jump").getAttribute("href")).toBe(`#${entry}`);
    await page.keyboard.press("Escape");
    await expect.poll(() => preview(page).isVisible()).toBe(false);
  });

  it("shows a glossary tip on hover and hides it on Esc", async () => {
    const term = page.locator("#metastasis .term").first();
    await term.scrollIntoViewIfNeeded();
    await term.locator(".term-label").hover();
    await expect.poll(() => term.locator(".term-tip").isVisible()).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => term.locator(".term-tip").isVisible()).toBe(false);
  });

  it("made no request but for the file itself, with no console error or CSP violation", async () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => url !== fileUrl)).toEqual([]);
    expect(errors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });

  it("has no axe-core WCAG 2.2 AA violation, like every page of the site, in the dark theme too", async () => {
    // /book/ is audited in light by the quality gates; here the same text in dark, as a system set to dark shows it.
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(18, 20, 23)");
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe("the book in print", () => {
  it("keeps headings with what follows, figures whole, and prints links as numbered notes", async () => {
    const page = await site.browser.newPage();
    await page.goto(fileUrl, { waitUntil: "load" });
    await page.emulateMedia({ media: "print" });
    const style = (selector: string, property: string, pseudo?: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((e, [p, s]) => getComputedStyle(e, s).getPropertyValue(p!), [property, pseudo] as const);
    for (const heading of [".book-chapter h2", ".book-chapter h3"]) expect(await style(heading, "break-after")).toBe("avoid");
    expect(await style(".book-chapter figure", "break-inside")).toBe("avoid");
    expect(await style(".book-chapter", "break-before")).toBe("page");
    expect(await style(".link-note", "display")).toBe("inline");
    expect(await style(".link-notes", "display")).toBe("block");
    // Addresses are not printed inline after the links.
    expect(await style('.book-chapter .prose a[href^="http"]', "content", "::after")).toBe("none");
    expect(await style(".site-header", "display")).toBe("none");
    await page.close();
  });
});

describe("/book/ on the site", () => {
  it("previews a citation from its own chapter's references", async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}book/`);
    const { text, entry } = await hoverCitation(page, "signalling");
    await expect.poll(() => preview(page).isVisible()).toBe(true);
    expect(await preview(page).textContent()).toContain(text);
    expect(await preview(page).locator(".preview-jump").getAttribute("href")).toBe(`#${entry}`);
    await page.close();
  });
});
