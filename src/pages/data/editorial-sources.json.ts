/** /data/editorial-sources.json: what the editors read for the editorial layer, and when. */
import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { openDataFile } from "../../open-data/envelope.ts";

export const GET: APIRoute = async () => {
  const sources = (await getCollection("editorialSources")).map(({ data }) => ({ ...data, checked: data.checked.toISOString().slice(0, 10) }));
  return openDataFile("editorial-sources", sources);
};
