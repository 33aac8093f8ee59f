/**
 * Rule: the bibliography parses and passes the build's validation (src/citations/bibliography.ts,
 * validateEntries): required fields, no TeX, known evidence types, unique keys and review numbers,
 * and no work entered twice unless declared with same-as.
 */
import { splitFix } from "./schema-issues.ts";
import type { PreparedContent } from "./content.ts";
import type { Problem } from "./problem.ts";

export function checkBibliography(content: PreparedContent): Problem[] {
  const { bibliography, tree } = content;
  if (bibliography.syntaxError) return [bibliography.syntaxError];
  const lines = tree.bibliography.text.split("\n");
  return bibliography.problems.map((p) => {
    // Validation messages read "what is wrong; what to do" (or "…. Cite one key …; if …"): split them.
    const [what, fix] = splitAdvice(p.message);
    const text = lines[p.line - 1] ?? "";
    const keyAt = p.key ? text.indexOf(p.key) : -1;
    return {
      file: p.file,
      line: p.line,
      column: keyAt >= 0 && /^\s*@/.test(text) ? keyAt + 1 : text.length - text.trimStart().length + 1,
      severity: "error",
      message: p.key ? `entry "${p.key}": ${what}` : what,
      fix: fix ?? fallbackFix(what),
    };
  });
}

/** Advice for the validation messages that carry none. */
function fallbackFix(message: string): string {
  if (/is not one of/.test(message)) return "use one of the values listed";
  if (/must be a positive whole number/.test(message)) return "write the number the source review gives the reference";
  if (/is already used by/.test(message)) return "give each entry the number the source review gives it";
  if (/^same-as names/.test(message)) return "write the key of the entry this one repeats, or remove same-as";
  return "correct the entry";
}

/** Splits advice off a validation message: after ". " when followed by an instruction, else after the last "; ". */
function splitAdvice(message: string): [string, string | undefined] {
  const sentence = /\. (?=[A-Z])/.exec(message);
  if (sentence) return [message.slice(0, sentence.index), lowerFirst(message.slice(sentence.index + 2))];
  return splitFix(message);
}

function lowerFirst(text: string): string {
  return text[0]!.toLowerCase() + text.slice(1);
}
