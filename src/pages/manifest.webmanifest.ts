/** The web app manifest (src/offline/web-manifest.ts). */
import type { APIRoute } from "astro";
import { url } from "../routes.ts";
import { site } from "../site.config.ts";
import { webManifest } from "../offline/web-manifest.ts";

export const GET: APIRoute = () =>
  new Response(JSON.stringify(webManifest({ name: site.title, shortName: "HER2 KB", description: site.tagline, url })), {
    headers: { "content-type": "application/manifest+json" },
  });
