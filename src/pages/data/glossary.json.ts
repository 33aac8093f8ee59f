/** /data/glossary.json: every glossary term, with its editorial sources where it has any. */
import type { APIRoute } from "astro";
import { getGlossary } from "../../entities/glossary.ts";
import { openDataFile } from "../../open-data/envelope.ts";
import { routes } from "../../routes.ts";

export const GET: APIRoute = async () => {
  const terms = (await getGlossary()).map(({ id, data }) => ({ id, url: routes.glossary(id), ...data }));
  return openDataFile("glossary", terms);
};
