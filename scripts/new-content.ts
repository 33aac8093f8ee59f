/**
 * `npm run new -- chapter|drug|pathway <name>`: writes a new page from its template
 * (src/scaffolds/templates.ts) with valid frontmatter, today's date and a short guide, and never
 * overwrites a file.
 *   npm run new -- chapter "HER2 and the heart"   → content/chapters/08-her2-and-the-heart.mdx
 *   npm run new -- drug zanidatamab               → content/drugs/zanidatamab.mdx
 *   npm run new -- pathway mapk                   → content/pathways/mapk.mdx (a pathway of Figure 1)
 */
import { parseFrontmatter } from "@astrojs/markdown-remark";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { chapterSlug } from "../src/chapters/chapter-schema.ts";
import { CONTENT_PATHS, figureDataFile } from "../src/content/content-paths.ts";
import { PAGE_SCHEMAS } from "../src/checks/page-schemas.ts";
import { PATHWAY_IDS, isPathwayId } from "../src/entities/paths.ts";
import { sortedGlob } from "../src/files/sorted-glob.ts";
import { DRUG_TIMELINE_AXIS } from "../src/figures/drug-timeline.ts";
import { MAX_SLUG_LENGTH } from "../src/content/folder-rules.ts";
import { chapterScaffold, drugScaffold, pathwayScaffold, SCAFFOLD_KINDS, slugify, type ScaffoldKind } from "../src/scaffolds/templates.ts";
import { isoDate } from "../src/text/dates.ts";

const {
  positionals: [kind, ...words],
} = parseArgs({ allowPositionals: true });
const name = words.join(" ").trim();
const root = process.cwd();
const SIGNALLING_NETWORK = figureDataFile("signalling-network");
const today = isoDate(new Date());

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!SCAFFOLD_KINDS.includes(kind as ScaffoldKind) || !name) {
  stop(`Usage: npm run new -- ${SCAFFOLD_KINDS.join("|")} <name>\n  e.g. npm run new -- drug zanidatamab\n       npm run new -- chapter "HER2 and the heart"`);
}
if (!slugify(name)) stop(`"${name}" gives an empty file name; use letters or digits.`);
if (slugify(name).length > MAX_SLUG_LENGTH) {
  stop(
    `"${name.slice(0, 40)}…" gives a ${slugify(name).length}-character file name and URL; nothing was written. Use a name of at most ${MAX_SLUG_LENGTH} characters.`,
  );
}

const chapterFiles = () => sortedGlob("*.mdx", join(root, CONTENT_PATHS.chapters));

function scaffold(): { file: string; text: string } {
  switch (kind as ScaffoldKind) {
    case "chapter": {
      const existing = chapterFiles();
      const same = existing.find((f) => chapterSlug(f) === slugify(name));
      if (same)
        stop(
          `${CONTENT_PATHS.chapters}/${same} already exists (URL /chapters/${slugify(name)}/); nothing was written. Choose another name, or edit that file.`,
        );
      const orders = existing.map((f) => Number(parseFrontmatter(readFileSync(join(root, CONTENT_PATHS.chapters, f), "utf8")).frontmatter.order) || 0);
      return chapterScaffold({ name, today, existing, maxOrder: Math.max(0, ...orders) });
    }
    case "drug":
      return drugScaffold({ name, today, timeline: DRUG_TIMELINE_AXIS });
    case "pathway": {
      const id = slugify(name);
      if (!isPathwayId(id)) {
        stop(
          `"${id}" is not a pathway of Figure 1; nothing was written. A pathway page belongs to a pathway that Figure 1 draws: ` +
            `${PATHWAY_IDS.join(", ")}. To add one, add its id to PATHWAY_IDS in src/entities/paths.ts and its nodes (with pathway: ${id}) ` +
            `to ${SIGNALLING_NETWORK}, then run this again.`,
        );
      }
      return pathwayScaffold({ id, today, figureNodes: figureNodesOf(id) });
    }
  }
}

/** The ids of Figure 1's nodes whose `pathway` is `id`. */
function figureNodesOf(id: string): string[] {
  const file = join(root, SIGNALLING_NETWORK);
  const data = parseFrontmatter(`---\n${readFileSync(file, "utf8")}\n---\n`).frontmatter as { nodes?: { id: string; pathway?: string }[] };
  const nodes = (data.nodes ?? []).filter((n) => n.pathway === id).map((n) => n.id);
  if (!nodes.length) stop(`Figure 1 (${SIGNALLING_NETWORK}) has no node with pathway: ${id}; add its nodes there first. Nothing was written.`);
  return nodes;
}

const { file, text } = scaffold();
const path = join(root, file);
if (existsSync(path)) stop(`${file} already exists; nothing was written. Edit it, or choose another name.`);

// The template must pass the schema the build uses; if it does not, it is a bug here, not the author's.
const result = PAGE_SCHEMAS[kind as ScaffoldKind].safeParse(parseFrontmatter(text).frontmatter);
if (!result.success) stop(`The template for "${name}" does not pass its schema (a bug in src/scaffolds/templates.ts):\n${result.error.message}`);

mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, text, { flag: "wx" });
console.log(
  `Wrote ${file}\nNext: replace each TODO in it (the comment at its top explains the rest), preview with \`npm run dev\`, then run \`npm run check\`.`,
);
