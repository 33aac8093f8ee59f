/** The review's references as pages read them: from the references collection, in the file's order. */
import { getCollection } from "astro:content";
import { CONTENT_PATHS } from "../content/content-paths.ts";
import type { Bibliography } from "./bibliography.ts";

export async function getBibliography(): Promise<Bibliography> {
  const references = (await getCollection("references")).map((entry) => entry.data).sort((a, b) => a.line - b.line);
  return { file: CONTENT_PATHS.bibliography, references, byKey: new Map(references.map((r) => [r.key, r])) };
}
