/**
 * A record of a page itself, for "Cite this page": BibTeX, RIS and CSL-JSON with the page's title,
 * the site, its version, the day its editorial layer was checked, its URL, and the review it adapts.
 */
import { site } from "../site.config.ts";
import { isoDate } from "../text/dates.ts";

export interface PageToCite {
  /** "introduction": the BibTeX key and CSL id are made from it. */
  slug: string;
  title: string;
  url: string;
  version: string;
  lastReviewed: Date;
}

const key = (page: PageToCite) => `her2kb-${page.slug}`;
const note = () =>
  `Adapted from ${site.sourceReview.author.replace(/ \(.*\)/, "")}, ${site.sourceReview.title}, ${site.sourceReview.venue} ${site.sourceReview.year}, doi:${site.sourceReview.doi}`;

export function pageBibtex(page: PageToCite): string {
  const day = isoDate(page.lastReviewed);
  return [
    `@online{${key(page)},`,
    `  author = {{${site.title} contributors}},`,
    `  title = {{${page.title}}},`,
    `  organization = {${site.title}},`,
    `  version = {${page.version}},`,
    `  date = {${day}},`,
    `  year = {${day.slice(0, 4)}},`,
    `  url = {${page.url}},`,
    `  note = {${note()}},`,
    `}`,
    "",
  ].join("\n");
}

export function pageRis(page: PageToCite): string {
  const day = isoDate(page.lastReviewed);
  return [
    "TY  - ELEC",
    `AU  - ${site.title} contributors`,
    `TI  - ${page.title}`,
    `T2  - ${site.title}`,
    `PY  - ${day.slice(0, 4)}`,
    `DA  - ${day.replaceAll("-", "/")}`,
    `ET  - ${page.version}`,
    `UR  - ${page.url}`,
    `N1  - ${note()}`,
    "ER  -",
    "",
  ].join("\r\n");
}

export function pageCsl(page: PageToCite): object {
  const [y, m, d] = isoDate(page.lastReviewed).split("-").map(Number);
  return [
    {
      id: key(page),
      type: "webpage",
      title: page.title,
      author: [{ literal: `${site.title} contributors` }],
      "container-title": site.title,
      version: page.version,
      issued: { "date-parts": [[y, m, d]] },
      URL: page.url,
      note: note(),
    },
  ];
}
