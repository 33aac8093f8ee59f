/**
 * `npm run book:pdf`: prints the single-file book of a build (dist/her2-knowledge-base.html) to a
 * PDF with Chromium's own print, with bookmarks from the headings (outline), tagged for screen
 * readers, and working links inside it. It needs Chromium, so it is its own step: `npm run build`
 * never does. The file opens from disk (file://) and needs no server and no network.
 * Usage: node scripts/book-pdf.ts [OUT.pdf] [--dist DIR]   (default: DIR/her2-knowledge-base.pdf)
 * Chromium: /usr/bin/chromium, or CHROMIUM_PATH.
 */
import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { launchChromium } from "./chromium.ts";
import { BOOK_FILE, BOOK_PDF } from "../src/book/single-file.ts";

const { values, positionals } = parseArgs({ options: { dist: { type: "string", default: "dist" } }, allowPositionals: true });
const dist = resolve(values.dist);
const book = join(dist, BOOK_FILE);
const out = resolve(positionals[0] ?? join(dist, BOOK_PDF));

if (!existsSync(book)) {
  console.error(`${book} does not exist: build the site first (npm run build).`);
  process.exit(1);
}
const browser = await launchChromium().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
try {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(book).href, { waitUntil: "load" });
  await page.pdf({
    path: out,
    format: "A4",
    printBackground: true,
    outline: true,
    tagged: true,
    margin: { top: "18mm", bottom: "18mm", left: "16mm", right: "16mm" },
  });
  console.log(`${out}: ${Math.round(statSync(out).size / 1024)} KB, printed from ${book}`);
} finally {
  await browser.close();
}
