/** /data/drugs.json: every drug page's data: what the drug is, and the editorial label layer with its sources. */
import type { APIRoute } from "astro";
import { getDrugs } from "../../entities/drugs.ts";
import { openDataFile } from "../../open-data/envelope.ts";
import { routes } from "../../routes.ts";

export const GET: APIRoute = async () => {
  const drugs = (await getDrugs()).map(({ id, data }) => ({ id, url: routes.drug(id), ...data, lastReviewed: data.lastReviewed.toISOString().slice(0, 10) }));
  return openDataFile("drugs", drugs);
};
