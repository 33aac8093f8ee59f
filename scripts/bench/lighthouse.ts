/**
 * Lighthouse 12.2.3 (pinned in package.json) on each page type, with Debian's Chromium through
 * chrome-launcher: performance, accessibility, best practices and SEO, default mobile settings
 * (simulated throttling: a mid-range phone on slow 4G). Each full report is saved next to the
 * benchmark report; the summary keeps the scores, the main metrics and the audits that failed.
 *
 * The not-found page is measured as the file a host serves for a missing address. One SEO audit
 * asks whether a page can be indexed, which a not-found page must not be (`noindex`): it is
 * skipped there, and the report says so.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { serveStatic } from "../../src/server/static-server.ts";
import { CHROMIUM_ARGS } from "../chromium.ts";

export const LIGHTHOUSE_FLAGS = ["--headless=new", ...CHROMIUM_ARGS];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
/** The SEO audit a not-found page fails by design: "page isn't blocked from indexing". */
export const NOT_FOUND_SKIPPED_AUDITS = ["is-crawlable"];
const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"] as const;

export interface LighthouseResult {
  path: string;
  /** 0–100 per category. */
  scores: Record<string, number | null>;
  metrics: Record<string, { value: number; display?: string }>;
  /** Audits that count towards a score and did not pass. */
  failed: { category: string; id: string; title: string; score: number | null }[];
  /** Audits not run on this page, and why. */
  skipped?: { audits: string[]; reason: string };
  warnings: string[];
  report: string;
}

export interface LighthouseReport {
  version: string;
  formFactor: string;
  throttlingMethod: string;
  benchmarkIndex?: number;
  pages: Record<string, LighthouseResult | { path: string; error: string }>;
}

export async function runLighthouse(options: {
  dist: string;
  base: string;
  chromium: string;
  pages: Record<string, string>;
  /** The page type that is the not-found page. */
  notFoundType?: string;
  outDir: string;
  log?: (m: string) => void;
}): Promise<LighthouseReport> {
  const log = options.log ?? (() => undefined);
  // Compressed, as any static host serves it: Lighthouse's simulated slow 4G counts transfer sizes.
  const server = await serveStatic({ dir: options.dist, base: options.base, compress: true });
  const chrome = await chromeLauncher.launch({ chromePath: options.chromium, chromeFlags: LIGHTHOUSE_FLAGS });
  const report: LighthouseReport = { version: "", formFactor: "", throttlingMethod: "", pages: {} };
  mkdirSync(options.outDir, { recursive: true });
  try {
    for (const [type, path] of Object.entries(options.pages)) {
      const notFound = type === options.notFoundType;
      const url = new URL(path.replace(/^\//, ""), server.url).href;
      try {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: [...CATEGORIES],
          ...(notFound ? { skipAudits: NOT_FOUND_SKIPPED_AUDITS } : {}),
        });
        if (!result) throw new Error("Lighthouse returned no result");
        const lhr = result.lhr;
        if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
        report.version = lhr.lighthouseVersion;
        report.formFactor = lhr.configSettings.formFactor;
        report.throttlingMethod = lhr.configSettings.throttlingMethod;
        report.benchmarkIndex = lhr.environment.benchmarkIndex;
        const file = join(options.outDir, `${type}.json`);
        writeFileSync(file, typeof result.report === "string" ? result.report : JSON.stringify(lhr));
        const failed: LighthouseResult["failed"] = [];
        for (const [category, c] of Object.entries(lhr.categories)) {
          for (const ref of c.auditRefs) {
            const audit = lhr.audits[ref.id];
            if (audit && ref.weight > 0 && audit.score !== null && audit.score < 0.9)
              failed.push({ category, id: ref.id, title: audit.title, score: audit.score });
          }
        }
        report.pages[type] = {
          path,
          scores: Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c]!.score! * 100)])),
          metrics: Object.fromEntries(
            METRICS.flatMap((id) => {
              const audit = lhr.audits[id];
              return audit?.numericValue === undefined
                ? []
                : [[id, { value: Number(audit.numericValue.toFixed(id === "cumulative-layout-shift" ? 3 : 0)), display: audit.displayValue }]];
            }),
          ),
          failed,
          ...(notFound
            ? {
                skipped: {
                  audits: NOT_FOUND_SKIPPED_AUDITS,
                  reason: "a not-found page must not be indexable (it has noindex)",
                },
              }
            : {}),
          warnings: lhr.runWarnings.map(String),
          report: file,
        };
        const scores = CATEGORIES.map((c) => `${c} ${(report.pages[type] as LighthouseResult).scores[c]}`).join(", ");
        log(`  ${type}: ${scores}`);
      } catch (error) {
        report.pages[type] = { path, error: (error as Error).message };
        log(`  ${type}: Lighthouse failed: ${(error as Error).message}`);
      }
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return report;
}
