/**
 * Rule: the entity catalog builds (src/entities/catalog.ts, buildCatalog): no name or alias belongs
 * to two drug or pathway pages, pathway pages are named after pathway ids and list existing drug
 * pages, and glossary "seeAlso" names a page. Run on the pages whose frontmatter is valid (the
 * others are reported by the frontmatter rule).
 */
import { buildCatalog } from "../entities/catalog.ts";
import type { DrugData } from "../entities/drug-schema.ts";
import type { PathwayData } from "../entities/pathway-schema.ts";
import { ContentError } from "../entities/read-content.ts";
import type { PreparedContent } from "./content.ts";
import { position, type Problem } from "./problem.ts";
import { splitFix } from "./schema-issues.ts";

export function checkEntityNames(content: PreparedContent): Problem[] {
  const valid = <T>(kind: "drug" | "pathway") =>
    content.pages.flatMap((page) =>
      page.kind === kind && page.validation?.success ? [{ id: page.slug, file: page.file, data: page.validation.data as T }] : [],
    );
  try {
    buildCatalog({
      drugs: valid<DrugData>("drug"),
      pathways: valid<PathwayData>("pathway"),
      glossary: content.glossary?.terms ?? [],
      glossaryFile: content.glossary?.file ?? "content/glossary.yaml",
    });
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    // A page left out for invalid frontmatter (reported by that rule) still exists: links to it are not wrong.
    const invalidPages = new Set(content.pages.filter((p) => p.kind !== "chapter" && !p.validation?.success).map((p) => p.slug));
    return error.message
      .split("\n")
      .filter((line) => !(/is not a (drug|drug or pathway) page/.test(line) && [...line.matchAll(/"([^"]+)" is not a/g)].some((m) => invalidPages.has(m[1]!))))
      .map((line) => toProblem(line, content));
  }
}

/** "content/drugs/x.mdx: the name "Y" is also …; a name may point to one page only" → a located problem. */
function toProblem(line: string, content: PreparedContent): Problem {
  const colon = line.indexOf(": ");
  const file = colon > 0 ? line.slice(0, colon) : (content.glossary?.file ?? "content");
  const [message, fix] = splitFix(colon > 0 ? line.slice(colon + 2) : line);
  const text = content.pages.find((p) => p.file === file)?.yaml ?? (file === content.glossary?.file ? content.glossary.yaml : "");
  // Point at the first name the message quotes that the file contains (the alias, the drug slug).
  // A glossary message names a path (`"Term" › seeAlso: "x"`): follow it, each name after the last.
  const follow = message.includes(" › ");
  let place = { line: 1, column: 1 };
  let from = 0;
  for (const [, quoted] of message.matchAll(/"([^"]+)"/g)) {
    const pattern = new RegExp(`(?<![\\w-])${quoted!.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&")}(?![\\w-])`);
    const at = text.slice(from).search(pattern);
    if (at < 0) continue;
    place = position(text, from + at);
    if (!follow) break;
    from += at + quoted!.length;
  }
  return {
    file,
    ...place,
    severity: "error",
    message,
    fix:
      fix ??
      (/is not a drug page/.test(message)
        ? "add that drug page (npm run new -- drug <slug>), or remove the slug"
        : "name an existing drug or pathway page: its file name without .mdx"),
  };
}
