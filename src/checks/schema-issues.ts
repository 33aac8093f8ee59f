/**
 * Turns schema (zod) issues into problems a maintainer can act on: the field by name and by line,
 * what is wrong, and what to write instead.
 */
import type { z } from "astro/zod";
import { closest } from "../text/closest.ts";
import { schemaFields } from "./page-schemas.ts";
import type { Problem, RuleName } from "./problem.ts";
import { locateField } from "../content/yaml-places.ts";

export interface YamlSource {
  /** The file the YAML is in. */
  file: string;
  /** The YAML text. */
  yaml: string;
  /** The file line the YAML's first line is on (2 for frontmatter after "---"). */
  firstLine: number;
  /** What the fields are called in messages: "frontmatter field", "glossary". */
  what: string;
  /** The rule its problems belong to. */
  rule: RuleName;
}

/** "keyPoints item 3", "reversibility.binding". */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, part) => (typeof part === "number" ? `${name} item ${part + 1}` : name ? `${name}.${String(part)}` : String(part)), "");
}

/** One problem per issue (per unknown field for "unrecognized_keys"), located in the YAML. */
export function schemaProblems(
  source: YamlSource,
  issues: readonly z.core.$ZodIssue[],
  options: { knownFields?: readonly string[]; describe?: (path: PropertyKey[]) => string } = {},
): Problem[] {
  const problems: Problem[] = [];
  const at = (path: PropertyKey[]) => {
    const place = locateField(source.yaml, path);
    return { line: place.line + source.firstLine - 1, column: place.column, exact: place.exact };
  };
  // `frontmatter field "keyPoints item 3"`, or as `describe` names it: `glossary entry 4 ("ADC") › term`.
  const label = (path: PropertyKey[]) => (options.describe ? `${source.what} ${options.describe(path)}` : `${source.what} "${fieldName(path)}"`);
  for (const issue of issues) {
    const path = issue.path as PropertyKey[];
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const suggestion = options.knownFields && closest(key, options.knownFields);
        const { exact: _, ...place } = at([...path, key]);
        problems.push({
          file: source.file,
          ...place,
          rule: source.rule,
          severity: "error",
          message: `${label([...path, key])} is not a known field`,
          fix: suggestion ? `did you mean "${suggestion}"?` : `remove it${options.knownFields ? `; the fields are: ${options.knownFields.join(", ")}` : ""}`,
        });
      }
      continue;
    }
    const { exact, ...place } = at(path);
    const { message, fix } = explain(issue, fieldName(path), exact);
    problems.push({
      file: source.file,
      ...place,
      rule: source.rule,
      severity: "error",
      message: `${label(path)}${message.startsWith(":") ? "" : " "}${message}`,
      fix,
    });
  }
  return problems;
}

/** A page's frontmatter checked against its schema, as the frontmatter rule and the build report it. */
export function frontmatterProblems(file: string, yaml: string, schema: z.ZodType, issues: readonly z.core.$ZodIssue[]): Problem[] {
  return schemaProblems({ file, yaml, firstLine: 1, what: "frontmatter field", rule: "frontmatter" }, issues, { knownFields: schemaFields(schema) });
}

/** Frontmatter the YAML reader (Astro's, which the content layer uses) refused, at the place it names. */
export function frontmatterYamlProblem(file: string, error: unknown): Problem {
  const { mark, reason } = error as { mark?: { line: number; column: number }; reason?: string };
  return {
    file,
    line: mark ? mark.line + 1 : 1,
    column: mark ? mark.column + 1 : 1,
    rule: "frontmatter",
    severity: "error",
    message: `the frontmatter is not valid YAML: ${reason ?? (error as Error).message}`,
    fix: 'check the indentation and quoting here; text containing ": " or starting with a quote, "[" or "{" goes in double quotes',
  };
}

function explain(issue: z.core.$ZodIssue, field: string, found: boolean): { message: string; fix: string } {
  const last = String(issue.path.at(-1) ?? field);
  switch (issue.code) {
    case "invalid_type": {
      // A missing date arrives as an invalid date (z.coerce.date), not as undefined.
      const missing = issue.expected === "date" ? !found : /received undefined/.test(issue.message);
      if (missing) return { message: "is missing", fix: `add ${last}: … (CONTRIBUTING.md says what it holds)` };
      if (issue.expected === "date") return { message: "is not a date", fix: "write the date as YYYY-MM-DD, e.g. 2026-01-31" };
      const received = /received (\w+)/.exec(issue.message)?.[1];
      return { message: `should be ${article(issue.expected)}${received ? `, not ${article(received)}` : ""}`, fix: typeHint(issue.expected) };
    }
    case "too_small":
    case "too_big": {
      const small = issue.code === "too_small";
      const limit = small ? issue.minimum : issue.maximum;
      const unit = issue.origin === "string" ? "characters" : issue.origin === "array" ? "items" : "";
      const message =
        issue.origin === "string" && small && Number(limit) === 1
          ? "is empty"
          : `${small ? "is too short" : "is too long"}: ${issue.message.replace(/^Too (small|big): /, "")}`;
      if (unit) return { message, fix: `${small ? "write at least" : "keep it to at most"} ${limit} ${unit}` };
      return {
        message: `is out of range: ${issue.message.replace(/^Too (small|big): /, "")}`,
        fix: `use a value ${small ? "of at least" : "of at most"} ${limit}`,
      };
    }
    case "invalid_value":
      return { message: `is not one of the allowed values`, fix: `use one of: ${issue.values.map(String).join(", ")}` };
    case "invalid_format":
      return { message: `has the wrong form: ${issue.message}`, fix: "see CONTRIBUTING.md for the form it takes" };
    default: {
      // Custom rules (superRefine) write "what; what to do" or only what is wrong.
      const [message, fix] = splitFix(issue.message);
      return { message: `: ${message}`, fix: fix ?? `${found ? `correct or remove ${field}` : `add ${field}`}; CONTRIBUTING.md describes every field` };
    }
  }
}

/** "x is defined twice; keep one" → ["x is defined twice", "keep one"]. */
function splitFix(text: string): [string, string | undefined] {
  const at = text.lastIndexOf("; ");
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 2)];
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function typeHint(expected: string): string {
  switch (expected) {
    case "number":
      return "write a number without quotes, e.g. 3";
    case "string":
      return 'write text; put it in double quotes if it contains ": " or starts with a special character';
    case "array":
      return 'write a list: one item per line starting with "- ", or [a, b]';
    case "object":
      return "write the nested fields on indented lines below it";
    default:
      return `write ${article(expected)}`;
  }
}
