/**
 * What the service worker saves for offline reading, and what that costs a reader to download.
 * Every page, its styles and scripts, the search index with its WebAssembly and the search
 * vocabulary are saved, all from one build, so search never answers from another build's pages.
 * Downloads a reader asks for by name (open data, chapter citations, the one-file book, the feeds)
 * are not: they are fetched when asked for, and kept once fetched.
 */
import { gzipSync } from "node:zlib";

/** Globs relative to the built site (workbox-build's globPatterns / globIgnores). */
export const PRECACHE_GLOBS = {
  patterns: ["**/*.{html,css,js,svg,png,webmanifest}", "search-vocabulary.json", "build.json", "pagefind/**/*"],
  ignores: [
    // Pagefind's other UIs, which the site does not load, and the index for pages without a language.
    "pagefind/pagefind-ui.*",
    "pagefind/pagefind-modular-ui.*",
    "pagefind/wasm.unknown.pagefind",
    // Downloads: the open-data JSON, the chapter citations, and the one-file book.
    "data/**",
    "**/cite.*",
    "*.pdf",
    "her2-knowledge-base.html",
  ],
} as const;

/**
 * At most 2 MB for a reader to download (gzip, as static hosts send HTML, CSS, JS and JSON;
 * Pagefind's index files are compressed already). The same files take more room once saved,
 * uncompressed; both figures are reported.
 */
export const PRECACHE_BUDGET_GZIP = 2_000_000;

export interface PrecacheWeight {
  files: number;
  /** Bytes as stored in the browser's cache. */
  stored: number;
  /** Bytes a reader downloads (gzip-compressed where a host would compress). */
  download: number;
}

const ALREADY_COMPRESSED = /\.(pagefind|pf_fragment|pf_index|pf_meta|pf_filter|png)$/;

export function precacheWeight(files: readonly { path: string; bytes: Uint8Array }[]): PrecacheWeight {
  let stored = 0;
  let download = 0;
  for (const { path, bytes } of files) {
    stored += bytes.byteLength;
    download += ALREADY_COMPRESSED.test(path) ? bytes.byteLength : gzipSync(bytes, { level: 9 }).byteLength;
  }
  return { files: files.length, stored, download };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

export function describeWeight(weight: PrecacheWeight): string {
  return `${weight.files} files, ${kb(weight.download)} to download (gzip), ${kb(weight.stored)} stored`;
}

/** A problem when the offline copy outgrows its budget, naming the largest files to look at. */
export function precacheBudgetProblem(weight: PrecacheWeight, largest: readonly { path: string; bytes: number }[]): string | undefined {
  if (weight.download <= PRECACHE_BUDGET_GZIP) return undefined;
  const list = largest.map((file) => `  ${file.path} (${kb(file.bytes)})`).join("\n");
  return (
    `the offline copy is ${kb(weight.download)} to download, over its budget of ${kb(PRECACHE_BUDGET_GZIP)} ` +
    `(src/offline/precache.ts). Largest files:\n${list}\nShrink them, or leave a download out of PRECACHE_GLOBS.`
  );
}

/** The site paths a built service worker saves, read from its precache manifest (`{url:"…",revision:"…"}`). */
export function savedPaths(serviceWorkerSource: string): string[] {
  return [...serviceWorkerSource.matchAll(/\burl:"([^"]+)",revision:/g)].map((match) => match[1]!);
}
