/** What every content check reports, and how `npm run check` prints it. */

export type Severity = "error" | "warning";

/**
 * The name of every rule `npm run check` runs (`RULES` in ./index.ts is keyed by exactly these), as
 * each problem names the rule that finds it: a misspelt name fails the type check.
 */
export type RuleName =
  | "mdx-syntax"
  | "frontmatter"
  | "citation-keys"
  | "citation-placement"
  | "bibliography"
  | "uncited-references"
  | "internal-links"
  | "figure-ids"
  | "figure-data"
  | "image-alt"
  | "glossary"
  | "entity-names"
  | "review-dates"
  | "placeholders"
  | "editorial"
  | "content-safety"
  | "content-folders"
  | "search-concepts";

export interface Problem {
  /** Path relative to the project root, with "/" separators ("content/chapters/01-introduction.mdx"). */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** The checker rule that finds this fault, wherever it is found (the build names the same one). */
  rule: RuleName;
  severity: Severity;
  /** What is wrong, in lower case, without a final full stop. */
  message: string;
  /** What to do about it, same style. */
  fix: string;
}

/**
 * `file:line:column  message  (fix)  [rule]`: editors and terminals turn the location into a link;
 * the rule is the name CONTRIBUTING.md lists it by.
 */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}  ${p.message}  (${p.fix})  [${p.rule}]`;
}

/**
 * A failure that carries its problems, for the build: its message is them as `npm run check`
 * prints them, so both say the same; a caller that wants them (the checker) reads `problems`.
 */
export class ProblemsError extends Error {
  override name = "ProblemsError";
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(sortProblems(problems).map(formatProblem).join("\n"));
    this.problems = problems;
  }
}

/** Errors first, then warnings; each by file, line and column. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const rank = (p: Problem) => (p.severity === "error" ? 0 : 1);
  return [...problems].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.file.localeCompare(b.file, "en") ||
      a.line - b.line ||
      a.column - b.column ||
      a.message.localeCompare(b.message, "en") ||
      a.rule.localeCompare(b.rule, "en"),
  );
}

export function summarize(problems: readonly Problem[], fileCount: number): string {
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(errors, "error")}, ${plural(warnings, "warning")} in ${plural(fileCount, "content file")}`;
}

/** The 1-based line and column of a character offset in a text. */
export function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}
