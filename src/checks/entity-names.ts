/**
 * Rule: the entity catalog builds (src/entities/catalog.ts, buildCatalog): no name or alias belongs
 * to two drug or pathway pages, pathway pages are named after pathway ids and list existing drug
 * pages, and glossary "seeAlso" names a page. Run on the pages whose frontmatter is valid (the
 * others are reported by the frontmatter rule). The catalog's problems are the build's, as they are.
 */
import { buildCatalog, type EntityCatalog } from "../entities/catalog.ts";
import type { DrugData } from "../entities/drug-schema.ts";
import type { PathwayData } from "../entities/pathway-schema.ts";
import { CONTENT_PATHS } from "../content/content-paths.ts";
import type { PreparedContent } from "./content.ts";
import { ProblemsError, type Problem } from "./problem.ts";
import { validPages } from "./valid-pages.ts";

/** The catalog of the valid pages, or the problems that stop it (and the build). */
export function catalogOf(content: PreparedContent): { catalog?: EntityCatalog; problems: Problem[] } {
  try {
    const catalog = buildCatalog({
      drugs: validPages<DrugData>(content, "drug"),
      pathways: validPages<PathwayData>(content, "pathway"),
      glossary: content.glossary?.terms ?? [],
      glossaryFile: { path: content.glossary?.file ?? CONTENT_PATHS.glossary, text: content.glossary?.yaml ?? "" },
      invalidPages: new Set(content.pages.filter((p) => p.kind !== "chapter" && !p.validation?.success).map((p) => p.slug)),
    });
    return { catalog, problems: [] };
  } catch (error) {
    if (!(error instanceof ProblemsError)) throw error;
    return { problems: error.problems };
  }
}

export function checkEntityNames(content: PreparedContent): Problem[] {
  return catalogOf(content).problems;
}
