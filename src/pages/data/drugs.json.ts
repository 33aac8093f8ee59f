/** /data/drugs.json: every drug page's data: what the drug is, and the editorial label layer with its sources. */
import type { APIRoute } from "astro";
import { isoDate } from "../../text/dates.ts";
import { getDrugs } from "../../entities/drugs.ts";
import { openDataFile } from "../../open-data/envelope.ts";
import { routes } from "../../routes.ts";

export const GET: APIRoute = async () => {
  const drugs = (await getDrugs()).map(({ id, data }) => ({ id, url: routes.drug(id), ...data, lastReviewed: isoDate(data.lastReviewed) }));
  return openDataFile("drugs", drugs);
};
