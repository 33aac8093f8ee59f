/**
 * `npm run bench`: builds the site and measures what a reader on a slow connection pays for it,
 * per page type (home, chapter, drug, pathway, glossary, references, search, about, changes, 404): HTML, CSS and JS bytes (raw,
 * gzip, brotli), JavaScript run before any interaction, the Pagefind bundle and what queries fetch,
 * build time (Astro and Pagefind), keystroke → results in Chromium, and Lighthouse scores. With
 * --scale it also builds synthetic corpora to show how build cost grows. Writes report.json and
 * report.md to the output folder (default bench/report/, git-ignored) and prints a short table.
 * See scripts/bench/args.ts for the options.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs, USAGE, type BenchOptions } from "./args.ts";
import { BUDGETS, checkMarkup, checkPageWeight, checkSiteFiles, measurePage, type PageWeight } from "./budgets.ts";
import { addSizes, formatBytes, sizesOf, type Sizes } from "./bytes.ts";
import { runBuild, type BuildRun } from "./build-timing.ts";
import { describeMachine, machineLine, type Machine } from "./machine.ts";
import { median } from "./stats.ts";
import { formatMarkdownTable, formatTable, type Cell } from "./table.ts";
import { listSiteFiles, siteReader, urlPathOf } from "./site-files.ts";
import { PRECACHE_BUDGET_GZIP, precacheWeight, savedPaths } from "../../src/offline/precache.ts";
import { CONTENT_PATHS } from "../../src/content/content-paths.ts";
import { CHROMIUM_PATH } from "../chromium.ts";

/** The page of each type the report measures; "chapter" is the heaviest chapter of the build. */
const PAGE_TYPES: Record<string, string> = {
  home: "index.html",
  chapter: "chapters/*",
  drug: "drugs/trastuzumab/index.html",
  pathway: "pathways/mapk/index.html",
  glossary: "glossary/index.html",
  references: "references/index.html",
  search: "search/index.html",
  about: "about/index.html",
  changes: "changes/index.html",
  "404 page": "404.html",
};

interface PageTypeReport {
  path: string;
  file: string;
  missing?: boolean;
  html?: Sizes;
  css?: Sizes;
  firstLoad?: Sizes;
  /** Scripts run at load, from the built files (inline code + entry modules + static imports). */
  jsAtLoad?: Sizes;
  jsModules?: string[];
  jsOnDemand?: string[];
}

const log = (message: string) => console.error(message);

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const root = resolve(options.root);
  const out = resolve(options.out);
  mkdirSync(out, { recursive: true });
  const machine = describeMachine(CHROMIUM_PATH);
  log(`Machine: ${machineLine(machine)} (load average ${machine.loadAverage})`);
  const base = process.env.BASE_PATH ?? "/";
  const report: Record<string, unknown> = { version: 1, machine, options: { ...options, root, out }, base };
  const scratch = mkdtempSync(join(tmpdir(), "her2-kb-bench-"));

  try {
    // 1. Build (or take an existing build), timing Astro and Pagefind.
    let dist = options.dist ? resolve(options.dist) : "";
    if (!options.dist) {
      const runs: BuildRun[] = [];
      for (let i = 1; i <= options.builds; i++) {
        dist = join(scratch, `dist-${i}`);
        log(`Build ${i}/${options.builds} of ${root}…`);
        const run = await runBuild({ root, outDir: dist, env: { BASE_PATH: base } });
        if (!run.ok) {
          report.build = { ok: false, error: run.output.trimEnd().split("\n").slice(-30).join("\n") };
          writeReport(out, report, "");
          throw new Error(`The site did not build:\n${run.output.trimEnd().split("\n").slice(-30).join("\n")}`);
        }
        log(
          `  ${(run.wallMs / 1000).toFixed(1)} s (Astro ${((run.astroMs ?? 0) / 1000).toFixed(1)} s, Pagefind ${((run.pagefindMs ?? 0) / 1000).toFixed(1)} s), ${run.cpuSeconds} CPU s, peak ${run.peakRssMb} MB, load ${run.loadAverage}`,
        );
        runs.push(run);
        if (i > 1) rmSync(join(scratch, `dist-${i - 1}`), { recursive: true, force: true });
      }
      const med = (pick: (r: BuildRun) => number | undefined) => {
        const values = runs.map(pick).filter((v): v is number => v !== undefined);
        return values.length ? Math.round(median(values)) : undefined;
      };
      report.build = {
        ok: true,
        runs: runs.map(({ output: _output, ...rest }) => rest),
        median: {
          wallMs: med((r) => r.wallMs),
          astroMs: med((r) => r.astroMs),
          pagefindMs: med((r) => r.pagefindMs),
          cpuSeconds: med((r) => r.cpuSeconds),
          peakRssMb: med((r) => r.peakRssMb),
          peakTreeRssMb: med((r) => r.peakTreeRssMb),
          loadAverage: med((r) => r.loadAverage),
        },
        indexedPages: runs.at(-1)?.indexedPages,
        note: "Astro = wall time minus Pagefind's own timing (Node start-up, config, Vite bundling, rendering, the other build hooks).",
      };
    }
    const read = siteReader(dist, base);
    const files = listSiteFiles(dist);
    const htmlPages = files.filter((f) => f.path.endsWith(".html") && !f.path.startsWith("pagefind/")).map((f) => f.path);
    report.site = {
      dist: options.dist ? dist : "(temporary build)",
      htmlPages: htmlPages.length,
      files: files.length,
      bytes: files.reduce((s, f) => s + f.size, 0),
    };

    // 2. Bytes per page type, and the budgets on every page.
    const sizeCache = new Map<string, Sizes>();
    const weigh = (file: string): PageWeight => measurePage(readFileSync(join(dist, file), "utf8"), urlPathOf(file, base), read, { cache: sizeCache });
    const chapters = htmlPages.filter((f) => f.startsWith("chapters/"));
    const chapterWeights = new Map(chapters.map((f) => [f, weigh(f)]));
    const heaviest = [...chapterWeights].sort((a, b) => b[1].firstLoad.gzip - a[1].firstLoad.gzip)[0]?.[0];
    const pageTypes: Record<string, PageTypeReport> = {};
    for (const [type, pattern] of Object.entries(PAGE_TYPES)) {
      const file = pattern === "chapters/*" ? heaviest : pattern;
      const path = file ? urlPathOf(file, base) : "(no chapter)";
      if (!file || !existsSync(join(dist, file))) {
        pageTypes[type] = { path, file: file ?? "", missing: true };
        continue;
      }
      const w = chapterWeights.get(file) ?? weigh(file);
      pageTypes[type] = {
        path,
        file,
        html: w.html,
        css: w.css,
        firstLoad: w.firstLoad,
        jsAtLoad: w.jsAtLoad,
        jsModules: w.jsModules,
        jsOnDemand: w.jsOnDemand,
      };
    }
    report.pageTypes = pageTypes;

    const problems: string[] = [];
    for (const [file, w] of chapterWeights) problems.push(...checkPageWeight(file, w, { firstLoadGzip: BUDGETS.chapterFirstLoadGzip }));
    const jsAtLoad: Record<string, number> = {};
    for (const file of htmlPages) {
      const w = chapterWeights.get(file) ?? weigh(file);
      if (file !== "search/index.html") problems.push(...checkPageWeight(file, w, { jsAtLoadGzip: BUDGETS.jsAtLoadGzip }));
      jsAtLoad[file] = w.jsAtLoad.gzip;
      problems.push(...checkMarkup(file, readFileSync(join(dist, file), "utf8")));
    }
    problems.push(...checkSiteFiles(files));
    report.budgets = {
      limits: {
        chapterFirstLoadGzip: BUDGETS.chapterFirstLoadGzip,
        jsAtLoadGzip: BUDGETS.jsAtLoadGzip,
        rasterImageBytes: BUDGETS.rasterImageBytes,
        svgFileBytes: BUDGETS.svgFileBytes,
        lazyOnly: String(BUDGETS.lazyOnly),
      },
      chapters: Object.fromEntries(
        [...chapterWeights].map(([f, w]) => [f, { html: w.html.gzip, css: w.css.gzip, firstLoad: w.firstLoad.gzip, jsAtLoad: w.jsAtLoad.gzip }]),
      ),
      maxChapterFirstLoadGzip: Math.max(0, ...[...chapterWeights.values()].map((w) => w.firstLoad.gzip)),
      maxJsAtLoadGzip: Math.max(
        0,
        ...Object.entries(jsAtLoad)
          .filter(([f]) => f !== "search/index.html")
          .map(([, v]) => v),
      ),
      problems,
      ok: problems.length === 0,
    };
    log(`Budgets: ${problems.length === 0 ? "all met" : `${problems.length} problem(s)`}`);

    // 3. The Pagefind bundle.
    const pagefindFiles = files.filter((f) => f.path.startsWith("pagefind/"));
    const group = (test: (p: string) => boolean) => {
      const chosen = pagefindFiles.filter((f) => test(f.path));
      return { files: chosen.length, ...addSizes(...chosen.map((f) => sizesOf(f.read()))) };
    };
    report.pagefind = {
      total: group(() => true),
      index: group((p) => p.startsWith("pagefind/index/")),
      fragments: group((p) => p.startsWith("pagefind/fragment/")),
      filters: group((p) => p.startsWith("pagefind/filter/")),
      wasm: group((p) => p.endsWith(".pagefind")),
      componentUi: group((p) => /pagefind-component-ui\.(js|css)$/.test(p)),
      runtime: group((p) => /pagefind(-worker)?\.js$/.test(p)),
    };

    // The offline copy the service worker saves (src/offline/precache.ts).
    const saved = savedPaths(readFileSync(join(dist, "sw.js"), "utf8"));
    report.offline = { ...precacheWeight(saved.map((path) => ({ path, bytes: readFileSync(join(dist, path)) }))), budget: PRECACHE_BUDGET_GZIP };

    // 4. Chromium: JS at load, search bytes, keystroke → results.
    const present = Object.fromEntries(
      Object.entries(pageTypes)
        .filter(([, p]) => !p.missing)
        .map(([t, p]) => [t, p.path]),
    );
    if (options.browser) {
      log("Chromium measurements…");
      const { measureBrowser } = await import("./browser.ts");
      try {
        report.browser = await measureBrowser({ dist, base, chromium: CHROMIUM_PATH, read, pages: present, runs: options.runs, log });
      } catch (error) {
        report.browser = { error: (error as Error).stack ?? String(error) };
        log(`  Chromium measurements failed: ${(error as Error).message}`);
      }
    }

    // 5. Lighthouse.
    if (options.lighthouse) {
      log("Lighthouse…");
      const { runLighthouse } = await import("./lighthouse.ts");
      try {
        report.lighthouse = await runLighthouse({
          dist,
          base,
          chromium: CHROMIUM_PATH,
          pages: present,
          notFoundType: "404 page",
          outDir: join(out, "lighthouse"),
          log,
        });
      } catch (error) {
        report.lighthouse = { error: (error as Error).stack ?? String(error) };
        log(`  Lighthouse failed: ${(error as Error).message}`);
      }
    }

    // 6. Scale.
    if (options.scale.length) report.scale = await scaleRuns(root, options);

    const summary = renderSummary(report, machine);
    writeReport(out, report, summary.markdown);
    console.log(summary.text);
    console.log(`\nReport: ${join(out, "report.json")} and report.md`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function scaleRuns(root: string, options: BenchOptions): Promise<Record<string, unknown>> {
  const { runScale } = await import("./scale.ts");
  type Run = Awaited<ReturnType<typeof runScale>>;
  const runs: Run[] = [];
  const profile: Run[] = [];
  const say = (r: Run) =>
    log(
      `  ${r.pages} chapters, ${r.entries} entries, ${r.variant}: ${r.ok ? `${(r.wallMs / 1000).toFixed(1)} s, ${r.msPerPage} ms/page, peak ${r.peakRssMb} MB (tree ${r.peakTreeRssMb} MB), ${r.distMb} MB built` : `FAILED\n${r.error}`}`,
    );
  log(`Scale run: ${options.scale.join(", ")} chapters, ${options.entries}-entry bibliography…`);
  for (const pages of options.scale) {
    const run = await runScale({ root, pages, entries: options.entries, variant: "cached" });
    say(run);
    runs.push(run);
  }
  if (options.profilePages) {
    log(`Bibliography profile at ${options.profilePages} chapters…`);
    const realEntries = (readFileSync(join(root, CONTENT_PATHS.bibliography), "utf8").match(/^@\s*(?!comment|preamble|string)[A-Za-z]+\s*\{/gim) ?? []).length;
    const variants: [number, "cached" | "plain"][] = [
      [options.entries, "plain"],
      [realEntries, "plain"],
      [realEntries, "cached"],
    ];
    const cachedBig = runs.find((r) => r.pages === options.profilePages);
    if (!cachedBig) variants.unshift([options.entries, "cached"]);
    else profile.push(cachedBig);
    for (const [entries, variant] of variants) {
      const run = await runScale({ root, pages: options.profilePages, entries, variant });
      say(run);
      profile.push(run);
    }
  }
  const ok = runs.filter((r) => r.ok);
  const first = ok[0];
  const last = ok.at(-1);
  const find = (entries: number, variant: string) => profile.find((r) => r.entries === entries && r.variant === variant && r.ok);
  const big = options.entries;
  const realEntries = profile.find((r) => r.entries !== big)?.entries;
  const plainBig = find(big, "plain");
  const cachedBig = find(big, "cached");
  const plainSmall = realEntries ? find(realEntries, "plain") : undefined;
  return {
    entries: options.entries,
    runs,
    msPerPageRatio: first && last && first !== last ? Number((last.msPerPage / first.msPerPage).toFixed(2)) : undefined,
    cpuMsPerPageRatio: first?.cpuMsPerPage && last?.cpuMsPerPage && first !== last ? Number((last.cpuMsPerPage / first.cpuMsPerPage).toFixed(2)) : undefined,
    /** Extra wall time per extra chapter between the smallest and largest size: the cost that grows. */
    marginalMsPerPage: first && last && first !== last ? Number(((last.wallMs - first.wallMs) / (last.pages - first.pages)).toFixed(1)) : undefined,
    profile: {
      pages: options.profilePages,
      runs: profile,
      /** Share of the plain build's wall time due to the large bibliography (plain big − plain real) / plain big. */
      bibliographyShare: plainBig && plainSmall ? Number(((plainBig.wallMs - plainSmall.wallMs) / plainBig.wallMs).toFixed(2)) : undefined,
      /** Wall time the cache saves at this size. */
      cacheGainMs: plainBig && cachedBig ? plainBig.wallMs - cachedBig.wallMs : undefined,
      cacheSpeedup: plainBig && cachedBig ? Number((plainBig.wallMs / cachedBig.wallMs).toFixed(2)) : undefined,
      cacheCpuGainSeconds:
        plainBig?.cpuSeconds !== undefined && cachedBig?.cpuSeconds !== undefined ? Number((plainBig.cpuSeconds - cachedBig.cpuSeconds).toFixed(1)) : undefined,
    },
  };
}

function writeReport(out: string, report: Record<string, unknown>, markdown: string): void {
  writeFileSync(join(out, "report.json"), JSON.stringify(report, null, 2) + "\n");
  if (markdown) writeFileSync(join(out, "report.md"), markdown);
}

const kb = (n: number | undefined) => (n === undefined ? undefined : formatBytes(n));
const sec = (ms: number | undefined) => (ms === undefined ? undefined : `${(ms / 1000).toFixed(1)} s`);

// The report is loose JSON that each bench step fills in its own shape; the tables read it as such.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

/** The short tables: printed, and written as report.md. */
function renderSummary(report: Record<string, Loose>, machine: Machine): { text: string; markdown: string } {
  const text: string[] = [];
  const md: string[] = [`# Benchmark report`, "", `Machine: ${machineLine(machine)}; load average ${machine.loadAverage} at start.`, ""];
  const both = (title: string, header: string[], rows: Cell[][], note?: string) => {
    text.push("", title, formatTable(header, rows));
    md.push(`## ${title}`, "", formatMarkdownTable(header, rows), "");
    if (note) {
      text.push(note);
      md.push(note, "");
    }
  };

  const browserPages = report.browser?.pages ?? {};
  const lh = report.lighthouse?.pages ?? {};
  const rows: Cell[][] = Object.entries(report.pageTypes as Record<string, PageTypeReport>).map(([type, p]) => {
    if (p.missing) return [type, p.path, "missing", null, null, null, null, null, null];
    const b = browserPages[type];
    const l = lh[type];
    const scores = l?.scores ? ["performance", "accessibility", "best-practices", "seo"].map((c) => l.scores[c] ?? "–").join("/") : undefined;
    return [
      type,
      p.path,
      `${kb(p.html!.raw)} / ${kb(p.html!.gzip)} / ${kb(p.html!.brotli)}`,
      kb(p.css!.gzip),
      kb(p.firstLoad!.gzip),
      kb(p.jsAtLoad!.gzip),
      b?.js ? `${b.js.requests} / ${kb(b.js.transferred)} / ${kb(b.js.sizes.gzip)}` : undefined,
      b?.total ? kb(b.total.sizes.gzip) : undefined,
      scores,
    ];
  });
  both(
    "Page types",
    [
      "page",
      "path",
      "HTML raw / gzip / br",
      "CSS gzip",
      "HTML+CSS gzip",
      "JS at load gzip",
      "JS fetched at load in Chromium (files / raw / gzip)",
      "all at load gzip",
      "Lighthouse perf/a11y/bp/seo",
    ],
    rows,
    "Sizes: each file gzip (level 6) or brotli (q11) on its own. JS at load = the page's scripts and their static imports; Chromium figures are what it fetched on load with no interaction (uncompressed server).",
  );

  const b = report.budgets;
  if (b) {
    both(
      "Budgets",
      ["budget", "limit", "worst page", "result"],
      [
        [
          "chapter first load (HTML+CSS gzip)",
          kb(b.limits.chapterFirstLoadGzip),
          kb(b.maxChapterFirstLoadGzip),
          b.maxChapterFirstLoadGzip <= b.limits.chapterFirstLoadGzip ? "ok" : "OVER",
        ],
        ["JS at load, gzip (not /search/)", kb(b.limits.jsAtLoadGzip), kb(b.maxJsAtLoadGzip), b.maxJsAtLoadGzip <= b.limits.jsAtLoadGzip ? "ok" : "OVER"],
        ["search, previews, Pagefind at load", "none", null, b.problems.some((p: string) => /is loaded at page load/.test(p)) ? "FAIL" : "ok"],
        ["web fonts, unsized images, SVGs", "none", null, b.problems.some((p: string) => /font|viewBox|width and height|SVG|image/.test(p)) ? "FAIL" : "ok"],
      ],
      b.problems.length ? `Problems:\n${b.problems.map((p: string) => `  - ${p}`).join("\n")}` : undefined,
    );
  }

  const build = report.build;
  const pf = report.pagefind;
  const search = report.browser?.search;
  const ks = report.browser?.keystroke;
  const facts: Cell[][] = [];
  if (build?.median)
    facts.push([
      "build (median of " + build.runs.length + ")",
      `${sec(build.median.wallMs)} total: Astro ${sec(build.median.astroMs)}, Pagefind ${sec(build.median.pagefindMs)}; ${build.median.cpuSeconds} CPU s; peak ${build.median.peakRssMb} MB (tree ${build.median.peakTreeRssMb} MB); load average ${build.median.loadAverage}`,
    ]);
  if (report.offline)
    facts.push([
      "offline copy (service worker)",
      `${report.offline.files} files, ${kb(report.offline.download)} to download (budget ${kb(report.offline.budget)}), ${kb(report.offline.stored)} stored`,
    ]);
  if (pf)
    facts.push([
      "Pagefind bundle",
      `${pf.total.files} files, ${kb(pf.total.raw)} raw / ${kb(pf.total.gzip)} gzip (index ${kb(pf.index.gzip)}, fragments ${kb(pf.fragments.gzip)}, wasm ${kb(pf.wasm.gzip)}, UI ${kb(pf.componentUi.gzip)} gzip)`,
    ]);
  if (search) {
    facts.push(["opening /search/", `${search.open.requests} requests, ${kb(search.open.transferred)} transferred, ${kb(search.open.sizes.gzip)} gzip`]);
    for (const q of [search.firstQuery, search.secondQuery])
      facts.push([
        `query "${q.query}"`,
        `${q.transfer.requests} requests, ${kb(q.transfer.transferred)} transferred, ${kb(q.transfer.sizes.gzip)} gzip (${q.results} results)`,
      ]);
  }
  if (ks) {
    for (const [name, t] of [
      ["cold", ks.cold],
      ["warm", ks.warm],
    ] as const) {
      facts.push([
        `keystroke → results, ${name}`,
        `from the last key: median ${t.fromLastKey.median} ms, p95 ${t.fromLastKey.p95} ms; from the first key: median ${t.fromFirstKey.median} ms (${t.fromFirstKey.runs} runs, "${t.query}")` +
          (t.cardFromLastKey ? `; answer card ${t.cardFromLastKey.median} ms after the last key` : ""),
      ]);
    }
  }
  if (facts.length) both("Build and search", ["measure", "result"], facts);

  const scale = report.scale;
  if (scale) {
    const runRow = (r: Loose): Cell[] => [
      r.pages,
      r.entries,
      r.variant,
      r.htmlPages,
      r.ok ? sec(r.wallMs) : "failed",
      sec(r.astroMs),
      sec(r.pagefindMs),
      r.msPerPage,
      r.cpuSeconds,
      r.cpuMsPerPage,
      r.peakRssMb,
      r.peakTreeRssMb,
      r.distMb,
      r.loadAverage,
    ];
    const header = [
      "chapters",
      "bib entries",
      "bib parsing",
      "HTML pages",
      "wall",
      "Astro",
      "Pagefind",
      "wall ms/page",
      "CPU s",
      "CPU ms/page",
      "peak MB",
      "tree MB",
      "dist MB",
      "load avg",
    ];
    both(
      "Scale",
      header,
      scale.runs.map(runRow),
      `Per-page cost, largest size / smallest: wall ${scale.msPerPageRatio ?? "–"}, CPU ${scale.cpuMsPerPageRatio ?? "–"} (target ≤ 2); marginal wall cost ${scale.marginalMsPerPage ?? "–"} ms per extra chapter. "bib parsing": cached = parsed once per build, plain = rehype-citation's own, once per file.`,
    );
    if (scale.profile?.runs?.length) {
      const p = scale.profile;
      both(
        `Bibliography profile (${p.pages} chapters)`,
        header,
        p.runs.map(runRow),
        `Large bibliography's share of the plain build: ${p.bibliographyShare ?? "–"}; the parse cache saves ${sec(p.cacheGainMs) ?? "–"} (${p.cacheSpeedup ?? "–"}× faster, ${p.cacheCpuGainSeconds ?? "–"} CPU s).`,
      );
    }
  }
  if (report.lighthouse?.pages) {
    const lrows: Cell[][] = Object.entries(report.lighthouse.pages as Record<string, Loose>).map(([type, l]) =>
      l.error
        ? [type, l.path, null, null, null, null, null, null, `error: ${l.error}`]
        : [
            type,
            l.path,
            l.scores.performance,
            l.scores.accessibility,
            l.scores["best-practices"],
            l.scores.seo,
            l.metrics["first-contentful-paint"]?.display,
            l.metrics["largest-contentful-paint"]?.display,
            [l.failed.map((f: Loose) => f.id).join(", ") || "none", l.skipped ? `(skipped: ${l.skipped.audits.join(", ")}; ${l.skipped.reason})` : ""]
              .join(" ")
              .trim(),
          ],
    );
    both(
      `Lighthouse ${report.lighthouse.version} (${report.lighthouse.formFactor}, ${report.lighthouse.throttlingMethod} throttling)`,
      ["page", "path", "perf", "a11y", "best pr.", "SEO", "FCP", "LCP", "audits below 0.9"],
      lrows,
    );
  }
  text.unshift(`Machine: ${machineLine(machine)}; load average ${machine.loadAverage}`);
  return { text: text.join("\n"), markdown: md.join("\n") };
}

await main();
