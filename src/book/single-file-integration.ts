/**
 * Writes the single-file book (src/book/single-file.ts) from the built /book/ page once Astro has
 * written it. It runs before the _headers integration, so the file's inline hashes are in the
 * site's policy too and it also works when opened from the site.
 */
import type { AstroIntegration } from "astro";
import { build } from "esbuild";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { normalBase } from "../links/base-path.ts";
import { BOOK_FILE, singleFileHtml } from "./single-file.ts";

export default function bookFile(): AstroIntegration {
  let root: URL;
  let siteRoot = "";
  let base = "/";
  return {
    name: "her2-kb:book-file",
    hooks: {
      "astro:config:done": ({ config }) => {
        root = config.root;
        base = normalBase(config.base);
        siteRoot = new URL(base, config.site).href;
      },
      "astro:build:done": async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const bundled = await build({
          entryPoints: [fileURLToPath(new URL("src/book/offline-previews.ts", root))],
          bundle: true,
          format: "iife",
          minify: true,
          target: "es2022",
          write: false,
        });
        const html = singleFileHtml(readFileSync(`${out}book/index.html`, "utf8"), {
          stylesheet: (href) => readFileSync(`${out}${href.slice(base.length)}`, "utf8"),
          script: bundled.outputFiles[0]!.text,
          base,
          siteRoot,
        });
        writeFileSync(`${out}${BOOK_FILE}`, html);
        logger.info(`${BOOK_FILE}: the whole book in one file, ${Math.round(Buffer.byteLength(html) / 1024)} KB`);
      },
    },
  };
}
