/** /data/editorial-sources.json: what the editors read for the editorial layer, and when. */
import type { APIRoute } from "astro";
import { isoDate } from "../../text/dates.ts";
import { getCollection } from "astro:content";
import { openDataFile } from "../../open-data/envelope.ts";

export const GET: APIRoute = async () => {
  const sources = (await getCollection("editorialSources")).map(({ data }) => ({ ...data, checked: isoDate(data.checked) }));
  return openDataFile("editorial-sources", sources);
};
