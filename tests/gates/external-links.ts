/**
 * Gate: a link to another site must not hand it our window (noopener) or tell it which page the
 * reader came from (noreferrer). Every <a href="http…"> whose origin is not the site's own (the
 * canonical origin, or the local server) needs rel="noopener noreferrer". Pure.
 */
import { parse } from "node-html-parser";

export function externalLinkProblems(html: string, ownOrigins: string[]): string[] {
  const own = new Set(ownOrigins.map((o) => new URL(o).origin));
  return parse(html)
    .querySelectorAll("a[href]")
    .flatMap((a) => {
      const href = a.getAttribute("href")!.trim();
      if (!/^https?:\/\//i.test(href) && !href.startsWith("//")) return [];
      if (own.has(new URL(href, "https://relative.invalid").origin)) return [];
      const rel = new Set((a.getAttribute("rel") ?? "").toLowerCase().split(/\s+/));
      const missing = ["noopener", "noreferrer"].filter((r) => !rel.has(r));
      return missing.length ? [`external link ${href} lacks rel="${missing.join(" ")}"`] : [];
    });
}
