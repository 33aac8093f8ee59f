/**
 * The entity catalog read straight from content/ (drugs/*.mdx, pathways/*.mdx, glossary.yaml), for
 * the remark plugin, which runs outside Astro's content layer. Cached until a file changes.
 */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { buildCatalog, type EntityCatalog } from "./catalog.ts";
import { drugSchema } from "./drug-schema.ts";
import { pathwaySchema } from "./pathway-schema.ts";
import { pageFiles, readGlossary, readPages } from "./read-content.ts";

const cache = new Map<string, { stamp: string; catalog: EntityCatalog }>();

export function loadEntityCatalog(contentDir: string): EntityCatalog {
  const files = {
    drugs: pageFiles(join(contentDir, "drugs")),
    pathways: pageFiles(join(contentDir, "pathways")),
    glossary: join(contentDir, "glossary.yaml"),
  };
  const stamp = [...files.drugs, ...files.pathways, files.glossary].map((f) => `${f}@${statSync(f).mtimeMs}`).join("\n");
  const hit = cache.get(contentDir);
  if (hit?.stamp === stamp) return hit.catalog;
  const catalog = buildCatalog({
    drugs: readPages(files.drugs, drugSchema),
    pathways: readPages(files.pathways, pathwaySchema),
    glossary: readGlossary(files.glossary),
    glossaryFile: { path: files.glossary, text: readFileSync(files.glossary, "utf8") },
  });
  cache.set(contentDir, { stamp, catalog });
  return catalog;
}
