/**
 * Finding the way on a phone (issue 17), in Chromium against the built site: at 375 × 800 as a
 * touch phone, and at 1280 px. No page scrolls sideways; the header, its search and its menu stay
 * in reach after scrolling, and anchors land below it; "On this page" is there; citations,
 * backlinks and glossary terms are 24 × 24 px targets; references fold on a phone and print; Figure
 * 1 scrolls with a cue, its nodes can be tapped, and a pathway page's link rings that pathway's
 * nodes; tables are named, focusable scroll regions; the section being read is marked on a wide
 * screen; back to top works without JavaScript; and axe finds nothing at 375 px.
 */
import { afterAll, describe, expect, inject, it } from "vitest";
import type { BrowserContextOptions, Page } from "playwright-core";
import { useSite } from "../helpers/browser.ts";
import { htmlFiles } from "../helpers/dist.ts";
import { axeViolations, horizontalOverflow } from "../gates/page-audit.ts";

const dist = inject("distDir");
/** Every built page as a path under the base ("", "chapters/x/", "404.html"). */
const pages = htmlFiles(dist).map((file) => file.replace(/(^|\/)index\.html$/, "$1"));
const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true };
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };

const site = useSite();

// Pages open in kept tabs, one context per set of options (tests/helpers/page-pool.ts).
const open = (path: string, options: BrowserContextOptions) => site.tab(path, options);
const close = (page: Page) => site.release(page);

/** The element's box in the window, and whether a tap at its centre lands on it (nothing covers it). */
const reachable = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => {
    const r = element.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return { top: r.top, bottom: r.bottom, inWindow: r.top >= 0 && r.bottom <= innerHeight, onTop: !!hit && (hit === element || element.contains(hit)) };
  });

/** Citations, backlinks and glossary terms of the page smaller than 24 × 24 px (every fold opened: backlinks are in the references). */
const smallTargets = (page: Page) =>
  page.evaluate(() => {
    document.querySelectorAll("details").forEach((d) => (d.open = true));
    return [".citation a", ".backlinks a", ".term-label"].flatMap((selector) =>
      [...document.querySelectorAll(selector)].flatMap((e) => {
        const r = e.getBoundingClientRect();
        return r.width < 24 || r.height < 24 ? [`${selector} "${e.textContent}": ${r.width.toFixed(1)} × ${r.height.toFixed(1)}`] : [];
      }),
    );
  });

// One visit per page at 375 px with touch (the quality gates also check 375 px and 1280 px, by window size).
describe("every page on a phone", () => {
  it("has the whole site to check", () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(pages).toEqual(expect.arrayContaining(["", "chapters/signalling/", "drugs/", "pathways/mapk/", "references/", "glossary/", "search/"]));
  });

  it("scrolls no page sideways, and makes citations, backlinks and glossary terms at least 24 × 24 px", async () => {
    const context = await site.browser.newContext(PHONE);
    const page = await context.newPage();
    const problems: string[] = [];
    let measured = 0;
    for (const path of pages) {
      await page.goto(site.url + path, { waitUntil: "load" });
      const overflow = await horizontalOverflow(page);
      if (overflow) problems.push(`${path || "(home)"}: ${overflow}`);
      if (/^(chapters|drugs|pathways)\/[^/]+\/$/.test(path)) {
        measured++;
        problems.push(...(await smallTargets(page)).map((target) => `${path}: ${target}`));
      }
    }
    await context.close();
    expect(measured).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });
});

describe("the header on a phone", () => {
  it("keeps search and the menu in reach after scrolling a long chapter, without covering anchors", async () => {
    const page = await open("chapters/signalling/", PHONE);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    for (const control of ["#site-search-input", ".site-search button", ".site-menu > summary"]) {
      expect(await reachable(page, control), control).toMatchObject({ inWindow: true, onTop: true });
    }
    // The menu opens over the text with the site's sections and this page's contents.
    await page.locator(".site-menu > summary").tap();
    for (const label of ["On this page", "Chapters", "Drugs", "Pathways", "Glossary", "References", "About"]) {
      expect(await reachable(page, `.site-menu a:text-is("${label}")`), label).toMatchObject({ inWindow: true, onTop: true });
    }
    // A heading reached by its anchor starts below the sticky header.
    await page.locator(".site-menu > summary").tap();
    const slug = await page.locator(".prose h3[id]").last().getAttribute("id");
    await page.goto(`${site.url}chapters/signalling/#${slug}`);
    const header = await page.locator(".site-header").evaluate((e) => e.getBoundingClientRect().bottom);
    expect(await reachable(page, `[id="${slug}"]`)).toMatchObject({ onTop: true });
    expect((await reachable(page, `[id="${slug}"]`)).top).toBeGreaterThanOrEqual(header);
    await close(page);
  });

  it.each([320, 375])("is one row at %i px, its home link a 24 px target named in full", async (width) => {
    const page = await open("chapters/therapeutics/", { ...PHONE, viewport: { width, height: 640 } });
    const boxes = await page.evaluate(() =>
      [".site-title", ".site-menu > summary", "#site-search-input", ".site-search button"].map((s) => document.querySelector(s)!.getBoundingClientRect()),
    );
    expect(Math.max(...boxes.map((b) => b.top))).toBeLessThan(Math.min(...boxes.map((b) => b.bottom)));
    expect(boxes[0]!.width).toBeGreaterThanOrEqual(24);
    expect(boxes[0]!.height).toBeGreaterThanOrEqual(24);
    expect(boxes[2]!.width).toBeGreaterThanOrEqual(80);
    expect(await page.locator(".site-title").evaluate((a) => a.textContent!.replace(/\s+/g, " ").trim())).toBe("HER2 Knowledge Base");
    expect(await horizontalOverflow(page)).toBeUndefined();
    await close(page);
  });

  it("leads from the menu to 'On this page', which opens and closes the menu", async () => {
    const page = await open("chapters/signalling/", PHONE);
    await page.evaluate(() => window.scrollTo(0, 8000));
    // The wayfinding script closes the menu; it loads when the browser is idle.
    await page.waitForFunction(() => performance.getEntriesByType("resource").some((e) => e.name.includes("page-navigation")));
    await page.locator(".site-menu > summary").tap();
    await page.locator('.site-menu a:text-is("On this page")').tap();
    await expect.poll(() => page.locator(".page-toc-fold").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await expect.poll(() => page.locator(".site-menu").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await reachable(page, ".page-toc-fold > summary")).toMatchObject({ inWindow: true, onTop: true });
    await close(page);
  });

  it("shows the skip link over the sticky header, and it moves focus to the text", async () => {
    const page = await open("chapters/signalling/", PHONE);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("skip-link");
    expect(await reachable(page, ".skip-link")).toMatchObject({ inWindow: true, onTop: true });
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    await close(page);
  });
});

describe("on this page", () => {
  it("is a closed fold above a chapter's text on a phone, and opens on a tap", async () => {
    const page = await open("chapters/signalling/", PHONE);
    const fold = page.locator(".page-toc-fold");
    expect(await fold.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await reachable(page, ".page-toc-fold > summary")).toMatchObject({ inWindow: true, onTop: true });
    const summaryBottom = await page.locator(".page-toc-fold > summary").evaluate((e) => e.getBoundingClientRect().bottom);
    expect(summaryBottom).toBeLessThan(await page.locator("main h1").evaluate((e) => e.getBoundingClientRect().top));
    await page.locator(".page-toc-fold > summary").tap();
    const links = page.locator(".page-toc a");
    expect(await links.count()).toBeGreaterThan(5);
    expect(await links.first().isVisible()).toBe(true);
    await close(page);
  });

  it("marks the section being read on a wide screen as the reader scrolls", async () => {
    const page = await open("chapters/signalling/", DESKTOP);
    expect(await page.locator(".page-toc a").first().isVisible()).toBe(true);
    const current = () => page.evaluate(() => document.querySelector(".page-toc a[aria-current='true']")?.getAttribute("href") ?? "");
    const headings = await page.locator(".page-toc a").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    for (const href of [headings[3]!, headings.at(-2)!, headings[1]!]) {
      await page.locator(`[id="${href.slice(1)}"]`).evaluate((h) => h.scrollIntoView());
      await expect.poll(current, { message: `after scrolling to ${href}` }).toBe(href);
    }
    expect(await page.locator(".page-toc a[aria-current]").count()).toBe(1);
    await close(page);
  });
});

describe("tap targets", () => {
  it("leaves the lines of a paragraph with citations and terms as tall as plain text", async () => {
    const page = await open("chapters/signalling/", PHONE);
    const lines = await page.evaluate(() => {
      const p = [...document.querySelectorAll(".prose p")].find((e) => e.querySelector(".citation") && e.querySelector(".term-label"))!;
      const lineHeight = parseFloat(getComputedStyle(p).lineHeight);
      return p.getBoundingClientRect().height / lineHeight;
    });
    // A whole number of lines: no line grew to fit a target.
    expect(Math.abs(lines - Math.round(lines))).toBeLessThan(0.02);
    await close(page);
  });
});

describe("references", () => {
  it("are folded on a phone, naming how many, and open on a wide screen and on paper", async () => {
    const phone = await open("chapters/signalling/", PHONE);
    const entry = phone.locator(".bibliography .csl-entry").first();
    expect(await entry.isVisible()).toBe(false);
    expect(await phone.locator(".bibliography summary").textContent()).toBe(`${await phone.locator(".bibliography .csl-entry").count()} references`);
    await phone.emulateMedia({ media: "print" });
    expect(await entry.isVisible()).toBe(true);
    expect(await phone.locator(".bibliography summary").isVisible()).toBe(false);
    await close(phone);
    const desktop = await open("chapters/signalling/", DESKTOP);
    expect(await desktop.locator(".bibliography .csl-entry").first().isVisible()).toBe(true);
    expect(await desktop.locator(".bibliography summary").isVisible()).toBe(false);
    await close(desktop);
  });

  it("open at the entry a citation leads to, without JavaScript", async () => {
    const page = await open("chapters/signalling/", { ...PHONE, javaScriptEnabled: false });
    const citation = page.locator(".prose .citation a").first();
    const target = (await citation.getAttribute("href"))!;
    await citation.tap();
    await expect.poll(() => page.locator(".bibliography details").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await reachable(page, `[id="${target.slice(1)}"]`)).toMatchObject({ inWindow: true, onTop: true });
    await close(page);
  });
});

describe("back to top", () => {
  it.each([
    ["chapters/signalling/", PHONE],
    ["drugs/trastuzumab/", PHONE],
    ["chapters/signalling/", DESKTOP],
  ] as const)("%s: the link returns to the top, without JavaScript", async (path, options) => {
    const page = await open(path, { ...options, javaScriptEnabled: false });
    const link = page.locator(".back-to-top a");
    await link.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(1000);
    await link.click();
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
    expect(await reachable(page, "#site-search-input")).toMatchObject({ inWindow: true, onTop: true });
    await close(page);
  });

  it("sits before Previous / Next on a chapter", async () => {
    const page = await open("chapters/signalling/", PHONE);
    expect(await page.locator(".back-to-top + .prev-next").count()).toBe(1);
    await close(page);
  });
});

describe("Figure 1 on a phone", () => {
  it("says it scrolls sideways, scrolls by keyboard, and keeps its labels at full size", async () => {
    const page = await open("chapters/signalling/", PHONE);
    const drawing = page.locator("#figure-signalling-network .figure-drawing");
    expect(await page.locator("#figure-signalling-network .figure-scroll-cue").isVisible()).toBe(true);
    const size = await drawing.evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth, svg: e.querySelector("svg")!.getBoundingClientRect().width }));
    expect(size.svg).toBeGreaterThanOrEqual(680);
    expect(size.scroll).toBeGreaterThan(size.client);
    await drawing.focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => drawing.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
    await close(page);
    const desktop = await open("chapters/signalling/", DESKTOP);
    expect(await desktop.locator("#figure-signalling-network .figure-scroll-cue").isVisible()).toBe(false);
    await close(desktop);
  });

  it("lets every node link be tapped, once scrolled into view", async () => {
    const page = await open("chapters/signalling/", PHONE);
    const links = page.locator(".fig-node-link");
    expect(await links.count()).toBeGreaterThan(10);
    for (const link of await links.all()) {
      await link.scrollIntoViewIfNeeded();
      const hit = await link.evaluate((a) => {
        const r = a.getBoundingClientRect();
        return { target: document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.closest("a") === a, width: r.width, height: r.height };
      });
      expect(hit).toMatchObject({ target: true });
      expect(Math.min(hit.width, hit.height)).toBeGreaterThanOrEqual(24);
    }
    const first = links.first();
    const href = await first.getAttribute("href");
    await first.tap();
    await page.waitForURL((url) => url.pathname === new URL(href!, site.url).pathname);
    await close(page);
  });

  let ringPage: Page | undefined;
  afterAll(() => ringPage && close(ringPage));
  // One phone tab for every pathway, as a reader going from page to page.
  it.each(pages.filter((p) => p.startsWith("pathways/") && p !== "pathways/"))("%s: its link to Figure 1 rings exactly the nodes it names", async (path) => {
    if (ringPage) await ringPage.goto(site.url + path, { waitUntil: "load" });
    else ringPage = await open(path, PHONE);
    const page = ringPage;
    const link = page.locator(".infobox a[data-figure-nodes]");
    const named = (await link.getAttribute("data-figure-nodes"))!.split(" ").sort();
    await link.tap();
    await page.waitForURL((url) => url.pathname.endsWith("/chapters/signalling/") && url.hash.length > 1);
    await page.waitForLoadState("load");
    const shown = await page.evaluate(() => {
      const visible = (e: Element) => getComputedStyle(e).visibility === "visible";
      const rings = [...document.querySelectorAll(".fig-highlight-ring")].filter(visible);
      return {
        nodes: rings.map((r) => r.getAttribute("data-node")!).sort(),
        // Each ring surrounds its node's box, and the ringed nodes are in the window.
        around: rings.every((ring) => {
          const outer = ring.getBoundingClientRect();
          const inner = document.querySelector(`.fig-node[data-node="${ring.getAttribute("data-node")}"]`)!.getBoundingClientRect();
          return outer.left < inner.left && outer.right > inner.right && outer.top < inner.top && outer.bottom > inner.bottom;
        }),
        inWindow: rings.some((ring) => {
          const r = ring.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.left < innerWidth;
        }),
      };
    });
    expect(shown).toEqual({ nodes: named, around: true, inWindow: true });
  });

  it("opens full size on a page of its own: whole on a phone, to zoom, and larger on a wide screen", async () => {
    const page = await open("chapters/signalling/", PHONE);
    await page.locator("#figure-signalling-network .figure-tools a").tap();
    await page.waitForURL((url) => url.pathname.endsWith("/figures/signalling-network/"));
    const width = () => page.locator(".figure-drawing svg").evaluate((svg) => svg.getBoundingClientRect().width);
    expect(await width()).toBeLessThanOrEqual(375);
    expect(await page.locator(".figure-drawing").evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    // The viewport lets the reader zoom in.
    expect(await page.locator('meta[name="viewport"]').getAttribute("content")).not.toMatch(/user-scalable=no|maximum-scale=1(\D|$)/);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await width()).toBeGreaterThan(1000);
    await page.locator(".figure-page .meta a").click();
    await page.waitForURL((url) => url.pathname.endsWith("/chapters/signalling/") && url.hash === "#figure-signalling-network");
    await close(page);
  });

  it("shows no ring when the figure is opened without naming a pathway", async () => {
    const page = await open("chapters/signalling/#figure-signalling-network", PHONE);
    const rings = await page.locator(".fig-highlight-ring").evaluateAll((all) => all.filter((r) => getComputedStyle(r).visibility === "visible").length);
    expect(rings).toBe(0);
    await close(page);
  });
});

describe("tables", () => {
  const regions = (page: Page) =>
    page.locator("main table").evaluateAll((all) =>
      all.map((table) => {
        const region = table.parentElement!;
        return {
          // A <section> with a name: a region landmark.
          region: region.classList.contains("table-scroll") && region.tagName === "SECTION" && region.tabIndex === 0,
          label: region.getAttribute("aria-label") ?? "",
          overflowX: getComputedStyle(region).overflowX,
          wider: region.scrollWidth > region.clientWidth,
        };
      }),
    );

  it.each(["chapters/signalling/", "chapters/therapeutics/", "drugs/tucatinib/", "drugs/"])(
    "%s: each table is a named, focusable region that can scroll sideways",
    async (path) => {
      const page = await open(path, PHONE);
      const tables = await regions(page);
      expect(tables.length).toBeGreaterThan(0);
      for (const table of tables) expect(table).toMatchObject({ region: true, label: expect.stringMatching(/^Table/), overflowX: "auto" });
      await close(page);
    },
  );

  it("scrolls a wide table of chapter 2 sideways on a phone, by keyboard too, with a shadow where there is more", async () => {
    const page = await open("chapters/signalling/", PHONE);
    const wide = (await regions(page)).findIndex((t) => t.wider);
    expect(wide).toBeGreaterThanOrEqual(0);
    const region = page.locator("main .table-scroll").nth(wide);
    expect(await region.evaluate((e) => getComputedStyle(e).backgroundImage)).toMatch(/radial-gradient.*radial-gradient/);
    // Focus, then a key: again until it scrolls (on a busy machine the first key can come before
    // the page is ready to scroll; a region that never scrolls by keyboard still fails).
    await expect
      .poll(async () => {
        await region.focus();
        await page.keyboard.press("ArrowRight");
        return region.evaluate((e) => e.scrollLeft);
      })
      .toBeGreaterThan(0);
    await close(page);
  });
});

describe("axe at 375 px", () => {
  // With every fold and the menu open, so what a fold hides is audited too (closed, it shows only its summary).
  it.each(["", "chapters/signalling/", "drugs/trastuzumab/", "pathways/mapk/", "drugs/", "references/", "glossary/"])(
    "%s, with the menu and every fold open, has no violation",
    async (path) => {
      const page = await open(path, PHONE);
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
      expect(await axeViolations(page)).toEqual([]);
      await close(page);
    },
  );
});
