/**
 * Build side of the page rules shared with `npm run check`: content safety (content is data, not
 * code), real dates, and the editorial policy. The first fault stops the build with the same
 * `file:line:column  message  (fix)  [rule]` line the checker prints. Then numbers the page's editorial
 * sources E1, E2… in order of first use, writes each block's numbers onto it (`numbers="1 2"`),
 * and hands the page's list to the page as `editorialSources` in remarkPluginFrontmatter.
 */
import { parseFrontmatter } from "@astrojs/markdown-remark";
import type { Root } from "mdast";
import { readFileSync } from "node:fs";
import type { VFile } from "vfile";
import { formatProblem, ProblemsError, sortProblems } from "../checks/problem.ts";
import { scanEditorial } from "../editorial/editorial-rules.ts";
import { loadEditorialSources } from "../editorial/read-sources.ts";
import { projectPath } from "./content-paths.ts";
import { checkDates, checkSafety, type PageKind } from "./safety-rules.ts";

const KIND_OF_FOLDER: Record<string, PageKind> = { chapters: "chapter", drugs: "drug", pathways: "pathway" };

export interface RemarkContentRulesOptions {
  /** The project folder whose content/editorial-sources/ is read (tests use fixtures). */
  root?: string;
}

export default function remarkContentRules(options: RemarkContentRulesOptions = {}) {
  return (tree: Root, file: VFile) => {
    const sources = loadEditorialSources(options.root);
    if (sources.problems.length > 0) throw new ProblemsError(sources.problems);
    const path = file.path ? projectPath(file.path) : "<input>";
    const kind = KIND_OF_FOLDER[/content\/([^/]+)\//.exec(path)?.[1] ?? ""] ?? "chapter";
    // The file as written, read once: the compiler's copy has its frontmatter blanked.
    const text = file.path ? readText(file.path) : String(file.value);
    const frontmatter = file.path ? frontmatterOf(text) : undefined;
    const scan = scanEditorial({ file: path, tree, frontmatter }, new Set(sources.byId.keys()));
    const [problem] = sortProblems([...checkSafety({ file: path, kind, tree, text }), ...checkDates(path, frontmatter), ...scan.problems]);
    if (problem) {
      const place = { line: problem.line, column: problem.column };
      file.fail(formatProblem(problem), { start: place, end: place }, `her2-kb:${problem.rule}`);
    }
    const number = (id: string) => scan.sourceIds.indexOf(id) + 1;
    for (const block of scan.blocks) {
      block.node.attributes.push({ type: "mdxJsxAttribute", name: "numbers", value: block.sources.map(number).join(" ") });
    }
    const data = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    (data.frontmatter ??= {}).editorialSources = scan.sourceIds;
  };
}

function readText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

/** The frontmatter of the file as written, for the places of its source ids and dates. */
function frontmatterOf(text: string): { yaml: string; firstLine: number } | undefined {
  try {
    const { rawFrontmatter } = parseFrontmatter(text);
    // rawFrontmatter starts with the newline after the opening "---", so its lines are the file's lines.
    return rawFrontmatter.trim() ? { yaml: rawFrontmatter, firstLine: 1 } : undefined;
  } catch {
    return undefined; // invalid frontmatter is reported by the content layer
  }
}
