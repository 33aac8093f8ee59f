/**
 * Writes a built site's service worker (sw.js) with Workbox: it saves every file PRECACHE_GLOBS
 * names, from this build, and throws — leaving no worker — if that copy outgrows its budget.
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { generateSW, getManifest } from "workbox-build";
import { PRECACHE_GLOBS, precacheBudgetProblem, precacheWeight, type PrecacheWeight } from "./precache.ts";

export const SERVICE_WORKER_FILE = "sw.js";

export async function writeServiceWorker(out: string): Promise<PrecacheWeight> {
  const globs = {
    globDirectory: out,
    globPatterns: [...PRECACHE_GLOBS.patterns],
    globIgnores: [...PRECACHE_GLOBS.ignores, SERVICE_WORKER_FILE],
    // The largest page (the References) is far below this; a file above it is a mistake to report, not to skip.
    maximumFileSizeToCacheInBytes: 1_000_000,
  };
  const manifest = await getManifest(globs);
  if (manifest.warnings.length) throw new Error(`Offline copy: ${manifest.warnings.join("\n")}`);
  const files = manifest.manifestEntries.map((entry) => ({ path: entry.url, bytes: readFileSync(join(out, entry.url)) }));
  const weight = precacheWeight(files);
  const largest = files
    .map((file) => ({ path: file.path, bytes: file.bytes.byteLength }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 5);
  const problem = precacheBudgetProblem(weight, largest);
  if (problem) throw new Error(`Offline copy: ${problem}`);

  const result = await generateSW({
    ...globs,
    swDest: join(out, SERVICE_WORKER_FILE),
    mode: "production",
    sourcemap: false,
    inlineWorkboxRuntime: true,
    cacheId: "her2-kb",
    // A new build waits until the reader accepts it (src/offline/register.ts), so pages and search index never mix builds.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // "/search/?q=…" and "?highlight=…" are the saved page with parameters.
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: "index.html",
    runtimeCaching: [
      {
        // Downloads left out of the saved copy: from the network, kept for offline once fetched.
        urlPattern: ({ sameOrigin, request }) => sameOrigin && request.method === "GET",
        handler: "NetworkFirst",
        options: { cacheName: "her2-kb-downloads", networkTimeoutSeconds: 5, expiration: { maxEntries: 60 } },
      },
    ],
  });
  if (result.warnings.length) {
    rmSync(join(out, SERVICE_WORKER_FILE), { force: true });
    throw new Error(`Offline copy: ${result.warnings.join("\n")}`);
  }
  return weight;
}
