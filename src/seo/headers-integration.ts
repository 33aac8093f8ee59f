/**
 * Writes `_headers` (Netlify, Cloudflare Pages and similar hosts) with the Content-Security-Policy
 * read from the built pages' <meta> tags — so header and meta cannot drift — plus the security
 * headers a meta tag cannot carry.
 */
import type { AstroIntegration } from "astro";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sortedGlob } from "../files/sorted-glob.ts";
import { headersFile, mergePolicies, metaPolicies, parsePolicy } from "./headers.ts";

function htmlFiles(dir: string): string[] {
  return sortedGlob("**/*.html", dir).map((name) => join(dir, name));
}

export default function securityHeaders(): AstroIntegration {
  return {
    name: "her2-kb:headers",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = htmlFiles(out);
        const missing = files.filter((file) => metaPolicies(readFileSync(file, "utf8")).length === 0);
        if (missing.length) throw new Error(`_headers: these pages have no Content-Security-Policy <meta> tag:\n  ${missing.join("\n  ")}`);
        const policy = mergePolicies(files.flatMap((file) => metaPolicies(readFileSync(file, "utf8")).map(parsePolicy)));
        writeFileSync(join(out, "_headers"), headersFile(policy));
        logger.info(`_headers written with the pages' Content-Security-Policy (${files.length} pages)`);
      },
    },
  };
}
