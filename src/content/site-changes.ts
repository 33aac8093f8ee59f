/** Every page's change history in one list, newest first, for /changes/ and its Atom feed. */
import { getChapters } from "../chapters/chapters.ts";
import { getDrugs } from "../entities/drugs.ts";
import { getPathways } from "../entities/pathways.ts";
import { routes } from "../routes.ts";

export interface SiteChange {
  date: Date;
  note: string;
  pageTitle: string;
  url: string;
}

export async function getSiteChanges(): Promise<SiteChange[]> {
  const pages = [
    ...(await getChapters()).map((c) => ({ title: `${c.entry.data.section}. ${c.entry.data.title}`, url: routes.chapter(c.slug), changes: c.entry.data.changes })),
    ...(await getDrugs()).map((d) => ({ title: d.data.name, url: routes.drug(d.id), changes: d.data.changes })),
    ...(await getPathways()).map((p) => ({ title: p.data.name, url: routes.pathway(p.id), changes: p.data.changes })),
  ];
  return pages
    .flatMap((p) => p.changes.map((c) => ({ date: c.date, note: c.note, pageTitle: p.title, url: p.url })))
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.pageTitle.localeCompare(b.pageTitle, "en"));
}
