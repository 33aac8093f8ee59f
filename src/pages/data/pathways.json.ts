/** /data/pathways.json: every pathway page's data. */
import type { APIRoute } from "astro";
import { isoDate } from "../../text/dates.ts";
import { getPathways } from "../../entities/pathways.ts";
import { openDataFile } from "../../open-data/envelope.ts";
import { routes } from "../../routes.ts";

export const GET: APIRoute = async () => {
  const pathways = (await getPathways()).map(({ id, data }) => ({
    id,
    url: routes.pathway(id),
    ...data,
    lastReviewed: isoDate(data.lastReviewed),
  }));
  return openDataFile("pathways", pathways);
};
