// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { unified } from "@astrojs/markdown-remark";
import { markdownPipeline } from "./src/markdown/pipeline.ts";
import citations from "./src/citations/integration.ts";
import pagefind from "./src/search/pagefind-integration.ts";
import sitemap from "./src/seo/sitemap-integration.ts";
import securityHeaders from "./src/seo/headers-integration.ts";
import noModulePreload from "./src/build/no-module-preload.ts";
import offline from "./src/offline/offline-integration.ts";
import publicFilesGuard from "./src/content/public-files.ts";
import contentCheck from "./src/checks/check-integration.ts";
import bookFile from "./src/book/single-file-integration.ts";
import { site } from "./src/site.config.ts";
import { CONTENT_DIR, CONTENT_PATHS } from "./src/content/content-paths.ts";
import { THEME_FIRST_PAINT_SCRIPT_HASH } from "./src/theme/first-paint-script.ts";

const bibliography = CONTENT_PATHS.bibliography;
// SITE_URL and BASE_PATH let one build serve from a domain root or a sub-path (GitHub Pages, CDN
// prefix); without SITE_URL the build is local and says so. A bad value stops here, with its reason.
const deploy = site.deploy;
const base = deploy.base;
if (deploy.local) console.log(`Local build: its URLs and citations name ${deploy.site}${base}; set SITE_URL (and REPO_URL) for a deployment.`);

export default defineConfig({
  site: deploy.site,
  base,
  trailingSlash: "always",
  output: "static",
  // The book file is written after Pagefind (it is not a search target) and before _headers (its hashes go in the policy).
  integrations: [
    publicFilesGuard(),
    contentCheck(),
    citations({ bibliography }),
    mdx(),
    pagefind(),
    sitemap(),
    bookFile(),
    securityHeaders(),
    offline(),
    noModulePreload(),
  ],
  markdown: {
    // No code in the content; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    processor: unified(markdownPipeline({ bibliography, contentDir: CONTENT_DIR, base })),
  },
  build: { format: "directory" },
  security: {
    // Astro hashes its own scripts and styles into a CSP <meta> tag; Pagefind's search runs as
    // WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval', and never 'unsafe-inline').
    // The theme's first-paint script is `is:inline` (it must run before first paint), which Astro
    // does not hash: its hash is given here.
    csp: {
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [THEME_FIRST_PAINT_SCRIPT_HASH] },
      styleDirective: { resources: ["'self'"] },
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
      ],
    },
  },
});
