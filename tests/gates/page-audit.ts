/**
 * Browser gates, as small functions of a loaded page, so the same code audits the real site and
 * the broken fixtures that prove each gate can fail (tests/e2e/gate-fixtures.test.ts):
 * axe-core (WCAG 2.2 AA), horizontal overflow, a visible focus indicator, the skip link, print.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

/** The axe-core rule tags of WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
}

/**
 * axe-core's WCAG A/AA violations on the page as it is now, one line per rule and element.
 * axe is injected with page.evaluate, i.e. through the DevTools protocol, which the page's CSP does
 * not govern: the site's real policy stays in force (no bypassCSP), so what axe sees is what a
 * reader gets.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const result = (await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }).axe.run(document, {
        runOnly: { type: "tag", values: tags },
        resultTypes: ["violations"],
      }),
    AXE_TAGS,
  )) as AxeResult;
  return result.violations.flatMap((v) =>
    v.nodes.map(
      (n) => `${v.id} (${v.impact}): ${v.help} — ${n.target.join(" ")}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, " ").trim()}` : ""}`,
    ),
  );
}

/** Exactly one h1 in the page as the reader gets it (after its scripts ran). */
export async function h1Problems(page: Page): Promise<string[]> {
  const count = await page.locator("h1").count();
  return count === 1 ? [] : [`has ${count} <h1> elements after its scripts ran, expected 1`];
}

/** The markup of a search query that must show as text: `<img src=x onerror=alert(1)>`. */
export const MARKUP_QUERY = "<img src=x onerror=alert(1)>";

/** Elements that MARKUP_QUERY would create if a page inserted it as HTML (Pagefind's components included). */
export async function injectedElements(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('img[src="x"], [onerror]').length);
}

/**
 * Whether the page scrolls sideways; if it does, the outermost elements that stick out (by tag,
 * id and class), so the failure says what to fix.
 */
export async function horizontalOverflow(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const doc = document.documentElement;
    if (doc.scrollWidth <= doc.clientWidth) return undefined;
    const limit = doc.clientWidth + 0.5;
    const sticksOut = (e: Element) => e.getBoundingClientRect().right > limit;
    const culprits = [...document.body.querySelectorAll("*")].filter(
      (e) => sticksOut(e) && !(e.parentElement && e.parentElement !== document.body && sticksOut(e.parentElement)),
    );
    const describe = (e: Element) =>
      `<${e.tagName.toLowerCase()}${e.id ? ` id="${e.id}"` : ""}${e.classList.length ? ` class="${[...e.classList].join(" ")}"` : ""}> (right edge ${Math.round(e.getBoundingClientRect().right)}px)`;
    return `the page is ${doc.scrollWidth}px wide in a ${doc.clientWidth}px viewport; sticking out: ${culprits.slice(0, 5).map(describe).join(", ") || "(no element found)"}`;
  });
}

/** A description of the focused element, and whether it shows a focus indicator (outline or box-shadow). */
export async function focusIndicator(page: Page): Promise<{ element: string; visible: boolean; style: string }> {
  return page.evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return { element: "(nothing focused)", visible: false, style: "" };
    const style = getComputedStyle(e);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== "none" && style.boxShadow !== "";
    const name = `<${e.tagName.toLowerCase()}${e.id ? ` id="${e.id}"` : ""}${e.getAttribute("href") ? ` href="${e.getAttribute("href")}"` : ""}> "${(e.textContent ?? "").trim().slice(0, 40)}"`;
    return { element: name, visible: outline || shadow, style: `outline: ${style.outlineStyle} ${style.outlineWidth}; box-shadow: ${style.boxShadow}` };
  });
}

/**
 * Presses Tab `count` times from the top of the page and returns each focused element that shows
 * no focus indicator.
 */
export async function focusWithoutIndicator(page: Page, count: number): Promise<string[]> {
  const problems: string[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press("Tab");
    const focus = await focusIndicator(page);
    if (focus.element === "(nothing focused)") break;
    if (!focus.visible) problems.push(`Tab stop ${i + 1}, ${focus.element}, shows no focus indicator (${focus.style})`);
  }
  return problems;
}

/**
 * The skip link: the first Tab stop of a freshly loaded page, visible when focused, and Enter
 * moves focus to the main content.
 */
export async function skipLinkProblems(page: Page): Promise<string[]> {
  await page.keyboard.press("Tab");
  const first = await page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    const rect = e?.getBoundingClientRect();
    return {
      tag: e?.tagName ?? "",
      href: e?.getAttribute("href") ?? "",
      text: (e?.textContent ?? "").trim(),
      onScreen: !!rect && rect.width > 0 && rect.height > 0 && rect.top >= 0 && rect.left >= 0 && rect.bottom <= innerHeight && rect.right <= innerWidth,
    };
  });
  if (first.tag !== "A" || !/skip/i.test(first.text) || !first.href.startsWith("#")) {
    return [`the first Tab stop is <${first.tag.toLowerCase() || "nothing"}> "${first.text.slice(0, 40)}", not a "Skip to content" link`];
  }
  const problems: string[] = [];
  if (!first.onScreen) problems.push("the skip link is not visible on screen when focused");
  if (!(await focusIndicator(page)).visible) problems.push("the focused skip link shows no focus indicator");
  await page.keyboard.press("Enter");
  const target = await page.evaluate(
    (id) => {
      const main = document.querySelector("main");
      const active = document.activeElement;
      return { targetIsMain: document.getElementById(id) === main, focusInMain: !!main && !!active && main.contains(active) };
    },
    decodeURIComponent(first.href.slice(1)),
  );
  if (!target.targetIsMain) problems.push(`the skip link points at ${first.href}, which is not the <main> element`);
  if (!target.focusInMain) problems.push("after Enter on the skip link, focus is not in <main>");
  return problems;
}

export interface PrintExpectations {
  /** Selectors of navigation that must not print; each must match something on screen. */
  hidden: string[];
  /** Selectors of content that must print. */
  shown: string[];
}

/**
 * Emulates print media and checks what prints, and that it fits the width of the paper (set the
 * viewport to the printable width first: about 720 px for A4). Leaves the page in print media.
 */
export async function printProblems(page: Page, expected: PrintExpectations): Promise<string[]> {
  const problems: string[] = [];
  const state = (selectors: string[]) =>
    page.evaluate(
      (list) =>
        list.map((s) => ({
          selector: s,
          count: document.querySelectorAll(s).length,
          rendered: [...document.querySelectorAll(s)].filter((e) => e.getClientRects().length > 0).length,
        })),
      selectors,
    );
  await page.emulateMedia({ media: "screen" });
  for (const s of await state(expected.hidden))
    if (s.count === 0) problems.push(`"${s.selector}" matches nothing on the page, so hiding it in print proves nothing`);
  await page.emulateMedia({ media: "print" });
  for (const s of await state(expected.hidden)) if (s.rendered > 0) problems.push(`"${s.selector}" (navigation) still prints`);
  for (const s of await state(expected.shown))
    if (s.rendered === 0) problems.push(`"${s.selector}" does not print${s.count === 0 ? " (it matches nothing)" : ""}`);
  const overflow = await horizontalOverflow(page);
  if (overflow) problems.push(`does not fit the paper's width: ${overflow}`);
  return problems;
}
