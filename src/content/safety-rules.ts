/**
 * Content is data, not code: the rules that keep an MDX page from running or shipping anything
 * the site did not write. Pure, over the parsed MDX tree and the file's text; the remark plugin
 * (build) and `npm run check` both call them, so both stop on the same fault in the same words.
 */
import type { Root } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";
import type { Problem } from "../checks/problem.ts";
import { closest } from "../text/closest.ts";

export type PageKind = "chapter" | "drug" | "pathway";

/** The components each kind of page may use (the pages pass exactly these to <Content />). */
export const PAGE_COMPONENTS: Record<PageKind, readonly string[]> = {
  chapter: ["Figure", "Note", "Correction", "Update"],
  drug: ["Note", "Correction", "Update"],
  pathway: ["Note", "Correction", "Update"],
};

const UNSAFE_URL = /^\s*(javascript|data|vbscript|file):/i;

export interface SafetyInput {
  file: string;
  kind: PageKind;
  tree: Root;
  /** The file as read (frontmatter included), for encoding and date checks. */
  text: string;
}

export function checkSafety({ file, kind, tree, text }: SafetyInput): Problem[] {
  const problems: Problem[] = [];
  const at = (node: { position?: { start: { line: number; column: number } } | undefined }) => ({
    line: node.position?.start.line ?? 1,
    column: node.position?.start.column ?? 1,
  });
  const add = (place: { line: number; column: number }, message: string, fix: string) => problems.push({ file, ...place, rule: "content-safety", severity: "error", message, fix });

  const replacement = text.indexOf("\uFFFD");
  if (replacement >= 0) {
    const before = text.slice(0, replacement).split("\n");
    add({ line: before.length, column: before.at(-1)!.length + 1 }, "the file is not valid UTF-8 (or holds a U+FFFD replacement character)", "save the file as UTF-8 and retype the character shown as �");
  }

  visit(tree, (node) => {
    switch (node.type) {
      case "mdxjsEsm":
        add(at(node), "an import or export in content", "content is data, not code: remove it; the components a page may use need no import");
        return;
      case "mdxFlowExpression":
      case "mdxTextExpression":
        // A comment ({/* … */}) is how maintainers leave notes in MDX; anything else would run.
        if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) add(at(node), "an MDX expression {…} in content", 'content is data, not code: write a literal brace as "\\{"');
        return;
      case "link":
      case "image":
      case "definition":
        if (UNSAFE_URL.test(node.url)) add(at(node), `a ${node.url.split(":")[0]!.toLowerCase()}: link`, "link only to http(s) addresses, site paths (/chapters/…) or #anchors");
        return;
      case "html":
        add(at(node), "raw HTML in content", "write it in Markdown, or use one of the page's components");
        return;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement":
        checkElement(node, kind, at(node), add);
        return;
    }
  });
  return problems;
}

function checkElement(
  element: MdxJsxFlowElement | MdxJsxTextElement,
  kind: PageKind,
  place: { line: number; column: number },
  add: (place: { line: number; column: number }, message: string, fix: string) => void,
): void {
  const allowed = PAGE_COMPONENTS[kind];
  const name = element.name ?? "";
  if (!allowed.includes(name)) {
    if (/^[a-z]/.test(name) || name === "") add(place, `raw HTML <${name || "> (a fragment"}> in content`, `write it in Markdown, or use a component: ${allowed.join(", ")}`);
    else {
      const guess = closest(name, allowed);
      add(place, `unknown component <${name}>`, guess ? `did you mean <${guess}>? A ${kind} page can use ${allowed.join(", ")}` : `a ${kind} page can use ${allowed.join(", ")}`);
    }
  }
  for (const attribute of element.attributes) {
    if (attribute.type === "mdxJsxExpressionAttribute") {
      add(place, `<${name}> has a spread attribute {…}`, "content is data, not code: give each attribute a plain text value");
      continue;
    }
    if (/^on/i.test(attribute.name)) add(place, `<${name}> has an event handler attribute "${attribute.name}"`, "remove it: content carries no scripts");
    else if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== "string") {
      add(place, `<${name} ${attribute.name}={…}> has an expression value`, `content is data, not code: write ${attribute.name}="…"`);
    } else if (typeof attribute.value === "string" && UNSAFE_URL.test(attribute.value)) add(place, `<${name} ${attribute.name}="…"> holds a ${attribute.value.trim().split(":")[0]} URL`, "use http(s) addresses or site paths");
  }
}

/** A date written YYYY-MM-DD in frontmatter must exist (YAML would turn 2026-13-45 into 14 February 2027). */
export function checkDates(file: string, frontmatter: { yaml: string; firstLine: number } | undefined, fields = ["lastReviewed"]): Problem[] {
  if (!frontmatter) return [];
  const problems: Problem[] = [];
  frontmatter.yaml.split("\n").forEach((line, i) => {
    const match = /^(\s*)([A-Za-z]+):\s*["']?(\d{4})-(\d{1,2})-(\d{1,2})["']?\s*(#.*)?$/.exec(line);
    if (!match || !fields.includes(match[2]!)) return;
    const [year, month, day] = [Number(match[3]), Number(match[4]), Number(match[5])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
      problems.push({
        file,
        line: frontmatter.firstLine + i,
        column: match[1]!.length + match[2]!.length + 3,
        rule: "content-safety",
        severity: "error",
        message: `${match[2]}: ${match[3]}-${match[4]}-${match[5]} is not a date in the calendar`,
        fix: "write a real date as YYYY-MM-DD",
      });
    }
  });
  return problems;
}
