/**
 * Makes the built site readable offline after one visit: writes dist/build.json (which build this
 * is; also read by `npm start`) and, after Pagefind has written its index, the service worker
 * (service-worker.ts).
 */
import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { writeBuildInfo } from "../build/atomic-dist.ts";
import { describeWeight } from "./precache.ts";
import { writeServiceWorker } from "./service-worker.ts";

export default function offline(): AstroIntegration {
  let base = "/";
  return {
    name: "her2-kb:offline",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:done": async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        writeBuildInfo(out, { base, siteUrl: process.env.SITE_URL });
        const weight = await writeServiceWorker(out);
        logger.info(`service worker saves ${describeWeight(weight)}`);
      },
    },
  };
}
