// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { unified } from "@astrojs/markdown-remark";
// rehype-citation with the bibliography parsed once per build, not once per file (same output).
import rehypeCitation from "./src/citations/rehype-citation-cached.ts";
import remarkCitationGuard from "./src/citations/remark-citation-guard.ts";
import remarkEntityLinks from "./src/entities/remark-entity-links.ts";
import remarkContentRules from "./src/content/remark-content-rules.ts";
import rehypeCitationLinks from "./src/citations/rehype-citation-links.ts";
import rehypeHeadingAnchors from "./src/headings/rehype-heading-anchors.ts";
import rehypeBaseLinks from "./src/links/rehype-base-links.ts";
import rehypeSearchFurniture from "./src/search/rehype-search-furniture.ts";
import citations from "./src/citations/integration.ts";
import pagefind from "./src/search/pagefind-integration.ts";
import sitemap from "./src/seo/sitemap-integration.ts";
import securityHeaders from "./src/seo/headers-integration.ts";
import publicFilesGuard from "./src/content/public-files.ts";
import { site } from "./src/site.config.ts";
import { THEME_FIRST_PAINT_SCRIPT_HASH } from "./src/theme/first-paint-script.ts";

const bibliography = "content/references.bib";
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
  integrations: [publicFilesGuard(), citations({ bibliography }), mdx(), pagefind(), sitemap(), securityHeaders()],
  markdown: {
    // No code in the content; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    processor: unified({
      gfm: true,
      smartypants: true,
      // Entity links and glossary terms come after the guard: it must see the text as written.
      remarkPlugins: [[remarkCitationGuard, { bibliography }], remarkContentRules, [remarkEntityLinks, { contentDir: "content" }]],
      rehypePlugins: [
        rehypeHeadingAnchors,
        [rehypeCitation, { bibliography, csl: "vancouver", linkCitations: true }],
        [rehypeCitationLinks, { bibliography }],
        [rehypeBaseLinks, { base }],
        rehypeSearchFurniture,
      ],
    }),
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
