/**
 * What a reader's browser actually fetches and waits for, measured in Debian's Chromium through
 * playwright-core against the build served by scripts/static-server.ts (uncompressed, like a
 * plain file server; gzip and brotli figures are computed from the same files):
 * - the JavaScript each page type runs before any interaction;
 * - on /search/, the bytes the first and a second query fetch;
 * - keystroke → first rendered result, cold (fresh browser context) and warm (same page).
 */
import type { BrowserContext, Page } from "playwright-core";
import { launchChromium } from "../chromium.ts";
import { serveStatic } from "../../src/server/static-server.ts";
import { addSizes, sizesOf, type Sizes } from "./bytes.ts";
import type { ReadSiteFile } from "./budgets.ts";
import { summarize, type Summary } from "./stats.ts";

export interface Fetched {
  /** URL path under the site ("/pagefind/wasm.en.pagefind"). */
  path: string;
  resourceType: string;
  /** Body bytes Chromium received (the server sends files uncompressed, chunked). */
  transferred: number;
  /** The file itself, raw and compressed as a compressing server would send it. */
  sizes: Sizes;
}

export interface Transfer {
  requests: number;
  transferred: number;
  sizes: Sizes;
  files: Fetched[];
}

export function summarizeTransfer(files: Fetched[]): Transfer {
  return {
    requests: files.length,
    transferred: files.reduce((sum, f) => sum + f.transferred, 0),
    sizes: addSizes(...files.map((f) => f.sizes)),
    files,
  };
}

const isScript = (f: Fetched) => f.resourceType === "script" || /\.m?js$/.test(f.path);
/** Browsers ask for the favicon on their own schedule: it is not part of a page's or a query's cost. */
const isFavicon = (f: Fetched) => /\/favicon\.(svg|ico)$/.test(f.path);

/** Records every response a page (and its workers) receives, with Chromium's byte counts. */
function recordRequests(page: Page, origin: string, read: ReadSiteFile): { take: () => Fetched[]; settle: () => Promise<void> } {
  let records: Fetched[] = [];
  const pending = new Set<Promise<void>>();
  page.on("requestfinished", (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin) return;
    const job = request
      .sizes()
      .then((sizes) => {
        const data = read(url.pathname);
        records.push({
          path: url.pathname,
          resourceType: request.resourceType(),
          transferred: sizes.responseBodySize,
          sizes: data ? sizesOf(data) : { raw: sizes.responseBodySize, gzip: 0, brotli: 0 },
        });
      })
      .catch(() => undefined)
      .finally(() => pending.delete(job));
    pending.add(job);
  });
  return {
    take: () => {
      const out = records;
      records = [];
      return out;
    },
    settle: async () => {
      while (pending.size) await Promise.all([...pending]);
    },
  };
}

async function settled(page: Page, recorder: { settle: () => Promise<void> }): Promise<void> {
  await page.waitForLoadState("networkidle");
  await recorder.settle();
}

export interface PageLoad {
  path: string;
  status: number;
  /** Every script fetched by loading the page, before any interaction. */
  js: Transfer;
  /** Everything fetched by loading the page (favicon excluded). */
  total: Transfer;
}

export interface SearchBytes {
  /** Fetched by opening /search/ (the search UI and Pagefind's runtime load with the page). */
  open: Transfer;
  firstQuery: { query: string; results: number; transfer: Transfer };
  secondQuery: { query: string; results: number; transfer: Transfer };
}

export interface KeystrokeTiming {
  query: string;
  /** From the first key pressed to the first result for the whole query in the DOM, ms. */
  fromFirstKey: Summary;
  /** From the last key pressed (the reader has finished typing), ms. */
  fromLastKey: Summary;
  /** From the last key to the answer card (shown from the vocabulary, before Pagefind answers), ms. */
  cardFromLastKey?: Summary;
}

export interface BrowserReport {
  pages: Record<string, PageLoad | { path: string; missing: true; status: number }>;
  search?: SearchBytes;
  keystroke?: { cold: KeystrokeTiming; warm: KeystrokeTiming };
  errors: string[];
}

const RESULT_LINK = "pagefind-results a.pf-result-link";
const SEARCH_INPUT = "pagefind-input input";

/**
 * Waits in the page for the first result link of `query` (Pagefind marks its links with
 * ?highlight=<query>), timing it from the key presses recorded by a capture listener.
 */
async function armResultTimer(page: Page, query: string): Promise<void> {
  await page.evaluate(
    ({ query, selector }) => {
      const w = window as unknown as { __bench?: { keys: number[]; done?: number; card?: number; promise: Promise<void> } };
      const keys: number[] = [];
      const onKey = () => keys.push(performance.now());
      document.addEventListener("keydown", onKey, true);
      const matches = () =>
        [...document.querySelectorAll<HTMLAnchorElement>(selector)].some((a) => {
          const term = new URL(a.href, location.href).searchParams.get("highlight");
          return term !== null && term.toLowerCase() === query.toLowerCase();
        });
      const state = { keys, done: undefined as number | undefined, card: undefined as number | undefined, promise: Promise.resolve() };
      state.promise = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          // The answer card comes from the vocabulary as the reader types, before Pagefind answers.
          if (state.card === undefined && keys.length > 0 && document.querySelector(".search-answer:not([hidden]) .answer-card"))
            state.card = performance.now();
          if (state.done === undefined && keys.length > 0 && matches()) {
            state.done = performance.now();
            observer.disconnect();
            document.removeEventListener("keydown", onKey, true);
            resolve();
          }
        });
        observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
      });
      w.__bench = state;
    },
    { query, selector: RESULT_LINK },
  );
}

async function readResultTimer(page: Page): Promise<{ fromFirstKey: number; fromLastKey: number; cardFromLastKey?: number }> {
  return page.evaluate(async () => {
    const state = (window as unknown as { __bench: { keys: number[]; done?: number; card?: number; promise: Promise<void> } }).__bench;
    await state.promise;
    const last = state.keys.at(-1)!;
    return {
      fromFirstKey: state.done! - state.keys[0]!,
      fromLastKey: state.done! - last,
      ...(state.card !== undefined ? { cardFromLastKey: Math.max(0, state.card - last) } : {}),
    };
  });
}

async function openSearchPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${url}search/`);
  await page.waitForSelector(SEARCH_INPUT);
  await page.waitForLoadState("networkidle");
  return page;
}

async function typeQuery(page: Page, query: string): Promise<{ fromFirstKey: number; fromLastKey: number; cardFromLastKey?: number }> {
  await armResultTimer(page, query);
  await page.locator(SEARCH_INPUT).focus();
  await page.keyboard.type(query);
  return await Promise.race([
    readResultTimer(page),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no result for "${query}" within 20 s`)), 20_000)),
  ]);
}

async function clearQuery(page: Page): Promise<void> {
  await page.locator(SEARCH_INPUT).fill("");
  await page.waitForFunction((selector) => document.querySelectorAll(selector).length === 0, RESULT_LINK, { timeout: 10_000 });
  await page.waitForLoadState("networkidle");
}

export async function measureBrowser(options: {
  dist: string;
  base: string;
  chromium: string;
  read: ReadSiteFile;
  pages: Record<string, string>;
  runs: number;
  queries?: [string, string];
  log?: (message: string) => void;
}): Promise<BrowserReport> {
  const log = options.log ?? (() => undefined);
  const [first, second] = options.queries ?? ["trastuzumab", "PI3K"];
  const server = await serveStatic({ dir: options.dist, base: options.base });
  const origin = new URL(server.url).origin;
  const browser = await launchChromium(options.chromium);
  const report: BrowserReport = { pages: {}, errors: [] };
  try {
    // 1. JavaScript at load, per page type: a fresh context each (empty cache), no interaction.
    for (const [type, path] of Object.entries(options.pages)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      page.on("pageerror", (e) => report.errors.push(`${path}: ${e.message}`));
      const recorder = recordRequests(page, origin, options.read);
      const response = await page.goto(new URL(path.replace(/^\//, ""), server.url).href);
      const status = response?.status() ?? 0;
      if (status !== 200) {
        report.pages[type] = { path, missing: true, status };
        log(`  ${type} ${path}: HTTP ${status}, reported as missing`);
      } else {
        await settled(page, recorder);
        const files = recorder.take().filter((f) => !isFavicon(f));
        report.pages[type] = { path, status, js: summarizeTransfer(files.filter(isScript)), total: summarizeTransfer(files) };
        log(`  ${type} ${path}: ${files.filter(isScript).length} script(s) at load`);
      }
      await context.close();
    }

    // 2. Bytes of opening search and of two queries.
    {
      const fresh = await browser.newContext();
      const searchPage = await fresh.newPage();
      const rec = recordRequests(searchPage, origin, options.read);
      await searchPage.goto(`${server.url}search/`);
      await searchPage.waitForSelector(SEARCH_INPUT);
      await settled(searchPage, rec);
      const open = summarizeTransfer(rec.take().filter((f) => !isFavicon(f)));
      await typeQuery(searchPage, first);
      await settled(searchPage, rec);
      const firstResults = await searchPage.locator(RESULT_LINK).count();
      const firstTransfer = summarizeTransfer(rec.take().filter((f) => !isFavicon(f)));
      await clearQuery(searchPage);
      rec.take();
      await typeQuery(searchPage, second);
      await settled(searchPage, rec);
      const secondResults = await searchPage.locator(RESULT_LINK).count();
      const secondTransfer = summarizeTransfer(rec.take().filter((f) => !isFavicon(f)));
      report.search = {
        open,
        firstQuery: { query: first, results: firstResults, transfer: firstTransfer },
        secondQuery: { query: second, results: secondResults, transfer: secondTransfer },
      };
      log(`  search: open ${open.requests} requests, "${first}" ${firstTransfer.requests}, "${second}" ${secondTransfer.requests}`);
      await fresh.close();
    }

    // 3. Keystroke → results. Cold: a fresh context per run (nothing cached, index chunks fetched).
    const cold: { fromFirstKey: number; fromLastKey: number; cardFromLastKey?: number }[] = [];
    for (let run = 0; run < options.runs; run++) {
      const context = await browser.newContext();
      const page = await openSearchPage(context, server.url);
      cold.push(await typeQuery(page, first));
      await context.close();
    }
    log(`  keystroke cold: ${cold.map((c) => c.fromFirstKey.toFixed(0)).join(", ")} ms`);
    // Warm: one page; the query was searched once before, then is cleared and typed again.
    const warm: { fromFirstKey: number; fromLastKey: number; cardFromLastKey?: number }[] = [];
    {
      const context = await browser.newContext();
      const page = await openSearchPage(context, server.url);
      await typeQuery(page, first);
      for (let run = 0; run < options.runs; run++) {
        await clearQuery(page);
        warm.push(await typeQuery(page, first));
      }
      await context.close();
    }
    log(`  keystroke warm: ${warm.map((c) => c.fromFirstKey.toFixed(0)).join(", ")} ms`);
    const timing = (runs: typeof cold): KeystrokeTiming => ({
      query: first,
      fromFirstKey: summarize(runs.map((r) => r.fromFirstKey)),
      fromLastKey: summarize(runs.map((r) => r.fromLastKey)),
      ...(runs.every((r) => r.cardFromLastKey !== undefined) ? { cardFromLastKey: summarize(runs.map((r) => r.cardFromLastKey!)) } : {}),
    });
    report.keystroke = { cold: timing(cold), warm: timing(warm) };
  } finally {
    await browser.close();
    await server.close();
  }
  return report;
}
