/** /changes.xml: the site's changes as an Atom feed, newest first. */
import type { APIRoute } from "astro";
import { getSiteChanges } from "../content/site-changes.ts";
import { routes } from "../routes.ts";
import { site } from "../site.config.ts";
import { isoDate } from "../text/dates.ts";

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export const GET: APIRoute = async ({ site: origin }) => {
  const changes = await getSiteChanges();
  const absolute = (path: string) => new URL(path, origin).href;
  const entries = changes.map(
    (c, i) => `  <entry>
    <id>${escape(absolute(c.url))}#change-${isoDate(c.date)}-${i}</id>
    <title>${escape(`${c.pageTitle}: ${c.note}`)}</title>
    <link href="${escape(absolute(c.url))}"/>
    <updated>${isoDate(c.date)}T00:00:00Z</updated>
    <summary>${escape(c.note)}</summary>
  </entry>`,
  );
  const feed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escape(absolute(routes.changes()))}</id>
  <title>${escape(`Changes to the ${site.title}`)}</title>
  <link rel="self" href="${escape(absolute(routes.changesFeed()))}"/>
  <link href="${escape(absolute(routes.changes()))}"/>
  <updated>${changes[0] ? isoDate(changes[0].date) : "1970-01-01"}T00:00:00Z</updated>
  <author><name>${escape(`${site.title} contributors`)}</name></author>
${entries.join("\n")}
</feed>
`;
  return new Response(feed, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
};
