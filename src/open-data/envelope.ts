/**
 * The open data files under /data/: each says what it is, which site version and review it comes
 * from, and its licence, around the items, so a reuser can cite and date what they took.
 */
import { site } from "../site.config.ts";
import { SITE_VERSION as VERSION } from "../site-version.ts";

export function openDataFile(name: string, items: unknown[]): Response {
  const body = {
    name: `${site.title}: ${name}`,
    version: VERSION,
    basedOn: `doi:${site.sourceReview.doi}`,
    license: "CC BY 4.0 (content derived from the review); the site's own additions under the same licence",
    count: items.length,
    items,
  };
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { "content-type": "application/json" } });
}
