/** The pages of a kind whose frontmatter passes its schema, for the rules that read that data (the others are the frontmatter rule's). */
import type { Sourced } from "../entities/catalog.ts";
import type { PageKind, PreparedContent } from "./content.ts";

/** Each valid page of `kind` with its slug, file, text and validated frontmatter (`T`: the data its schema gives). */
export function validPages<T>(content: PreparedContent, kind: PageKind): Sourced<T>[] {
  return content.pages.flatMap((page) =>
    page.kind === kind && page.validation?.success ? [{ id: page.slug, file: page.file, text: page.source, data: page.validation.data as T }] : [],
  );
}
