/**
 * `npm run screenshots`: pictures of a build to look at — the home page, a chapter, the references
 * and search results, at 375 px (a touch phone) and 1280 px, in the light and the dark theme.
 * Nothing compares them, so they are not a test: the tests check what can be checked (no sideways
 * scrolling on any page at either width, axe in both themes, layout shift).
 * Usage: node scripts/screenshots.ts [OUT_DIR] [--dist DIR]   (default: DIR/../screenshots)
 * Chromium: /usr/bin/chromium, or CHROMIUM_PATH.
 */
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { launchChromium } from "./chromium.ts";
import { readBuildInfo } from "../src/build/atomic-dist.ts";
import { serveStatic } from "../src/server/static-server.ts";

const { values, positionals } = parseArgs({ options: { dist: { type: "string", default: "dist" } }, allowPositionals: true });
const dist = resolve(values.dist);
const out = resolve(positionals[0] ?? join(dirname(dist), "screenshots"));
const info = readBuildInfo(dist);
if (!info) {
  console.error(`${dist} holds no build: build the site first (npm run build).`);
  process.exit(1);
}

/** Name, path under the base, and what shows the page has drawn itself. */
const SHOWN: [name: string, path: string, ready?: string][] = [
  ["home", ""],
  ["chapter", "chapters/signalling/"],
  ["references", "references/"],
  ["search", "search/?q=trastuzumab", "pagefind-results a.pf-result-link"],
];

mkdirSync(out, { recursive: true });
const [browser, server] = await Promise.all([launchChromium(), serveStatic({ dir: dist, base: info.base })]);
try {
  for (const width of [375, 1280]) {
    for (const colorScheme of ["light", "dark"] as const) {
      const context = await browser.newContext({
        viewport: { width, height: 900 },
        colorScheme,
        isMobile: width < 600,
        hasTouch: width < 600,
        serviceWorkers: "block",
      });
      for (const [name, path, ready] of SHOWN) {
        const page = await context.newPage();
        await page.goto(server.url + path, { waitUntil: "load" });
        if (ready) await page.waitForSelector(ready);
        // The first 2,400 px: enough to judge the layout, without encoding 25,000 px tall images.
        const height = Math.min(2400, await page.evaluate(() => document.documentElement.scrollHeight));
        const file = join(out, `${name}-${width}-${colorScheme}.png`);
        await page.screenshot({ path: file, clip: { x: 0, y: 0, width, height }, fullPage: true });
        await page.close();
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await Promise.all([browser.close(), server.close()]);
}
