/**
 * Finds the imports of a built (minified) ES module, telling static `import … from "x"` (loaded
 * with the module, before any interaction) from dynamic `import("x")` (loaded when the code runs
 * it). A small scanner rather than a parser: it skips strings, template literals, comments and
 * regular expressions well enough for bundler output, and the unit tests pin the forms it must read.
 */
export interface ModuleImports {
  /** Specifiers loaded with the module: `import x from "s"`, `import "s"`, `export … from "s"`. */
  static: string[];
  /** Specifiers loaded on demand: `import("s")` with a literal argument. */
  dynamic: string[];
  /** `import(expression)` whose target cannot be read statically. */
  dynamicUnresolved: number;
}

const IDENT = /[\w$]/;
const REGEX_AFTER = new Set(["return", "typeof", "case", "in", "of", "void", "delete", "throw", "new", "instanceof", "do", "else", "yield", "await"]);

export function findImports(code: string): ModuleImports {
  const result: ModuleImports = { static: [], dynamic: [], dynamicUnresolved: 0 };
  let i = 0;
  let lastSignificant = ""; // the last non-space character outside strings and comments
  while (i < code.length) {
    const c = code[i]!;
    // Comments
    if (c === "/" && code[i + 1] === "/") {
      i = code.indexOf("\n", i);
      if (i < 0) break;
      continue;
    }
    if (c === "/" && code[i + 1] === "*") {
      i = code.indexOf("*/", i + 2);
      if (i < 0) break;
      i += 2;
      continue;
    }
    // Strings and template literals (template expressions are scanned loosely: skipped as text).
    if (c === '"' || c === "'" || c === "`") {
      i = skipString(code, i);
      lastSignificant = c;
      continue;
    }
    // A regular expression literal can only start where a value is expected.
    if (c === "/" && (lastSignificant === "" || /[(,=:[!&|?{};+\-*%<>~^]/.test(lastSignificant))) {
      i = skipRegex(code, i);
      lastSignificant = "/";
      continue;
    }
    if (IDENT.test(c)) {
      let end = i + 1;
      while (end < code.length && IDENT.test(code[end]!)) end++;
      const word = code.slice(i, end);
      const member = code[i - 1] === "." && code[i - 2] !== ".";
      if ((word === "import" || word === "export") && !member) {
        i = readModuleSyntax(code, end, word, result);
        lastSignificant = ";";
        continue;
      }
      // After these keywords a "/" starts a regular expression, not a division.
      lastSignificant = !member && REGEX_AFTER.has(word) ? "(" : "a";
      i = end;
      continue;
    }
    if (!/\s/.test(c)) lastSignificant = c;
    i++;
  }
  return result;
}

function skipSpace(code: string, i: number): number {
  while (i < code.length && /\s/.test(code[i]!)) i++;
  return i;
}

function skipString(code: string, start: number): number {
  const quote = code[start];
  let depth = 0; // ${ … } nesting inside a template literal
  for (let i = start + 1; i < code.length; i++) {
    const c = code[i];
    if (c === "\\") i++;
    else if (quote === "`" && c === "$" && code[i + 1] === "{") {
      depth++;
      i++;
    } else if (quote === "`" && depth > 0 && c === "}") depth--;
    else if (c === quote && depth === 0) return i + 1;
  }
  return code.length;
}

function skipRegex(code: string, start: number): number {
  let inClass = false;
  for (let i = start + 1; i < code.length; i++) {
    const c = code[i];
    if (c === "\\") i++;
    else if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    else if (c === "/" && !inClass) return i + 1;
    else if (c === "\n") return i;
  }
  return code.length;
}

function readLiteral(code: string, i: number): { value: string; end: number } | undefined {
  const quote = code[i];
  if (quote !== '"' && quote !== "'" && quote !== "`") return undefined;
  const end = skipString(code, i);
  const value = code.slice(i + 1, end - 1);
  if (quote === "`" && value.includes("${")) return undefined;
  return { value, end };
}

/** After the keyword: returns where scanning resumes, recording what was found. */
function readModuleSyntax(code: string, i: number, word: "import" | "export", result: ModuleImports): number {
  let j = skipSpace(code, i);
  if (word === "import") {
    if (code[j] === ".") return j; // import.meta
    if (code[j] === "(") {
      const literal = readLiteral(code, skipSpace(code, j + 1));
      if (literal && code[skipSpace(code, literal.end)] === ")") result.dynamic.push(literal.value);
      else result.dynamicUnresolved++;
      return j + 1;
    }
    const bare = readLiteral(code, j);
    if (bare) {
      result.static.push(bare.value);
      return bare.end;
    }
  } else if (code[j] !== "{" && code[j] !== "*") {
    return j; // export const / function / default …: no module specifier
  }
  // import x, {a as b} from "s" / export {a} from "s" / export * as ns from "s"
  for (; j < code.length; j++) {
    const c = code[j];
    if (c === ";" || c === "(" || c === "=") return j; // a local export list, or something else
    if (c === '"' || c === "'" || c === "`") return j;
    if (code.startsWith("from", j) && !IDENT.test(code[j - 1] ?? "") && !IDENT.test(code[j + 4] ?? "")) {
      const literal = readLiteral(code, skipSpace(code, j + 4));
      if (literal) {
        result.static.push(literal.value);
        return literal.end;
      }
      return j + 4;
    }
  }
  return j;
}

/** Resolves a relative specifier against the URL path of the importing file ("/_astro/a.js"). */
export function resolveSpecifier(from: string, specifier: string): string | undefined {
  if (!/^\.{1,2}\/|^\//.test(specifier)) return undefined; // bare or absolute URL: not a file of the site
  return new URL(specifier, `http://site${from}`).pathname;
}

/**
 * Every module loaded before any interaction: the entry scripts and, transitively, their static
 * imports. `read` returns a module's code by URL path, or undefined when it is not in the build.
 */
export function staticClosure(
  entries: readonly string[],
  read: (path: string) => string | undefined,
): { modules: string[]; missing: string[]; dynamic: string[] } {
  const seen = new Set<string>();
  const missing: string[] = [];
  const dynamic = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const code = read(path);
    if (code === undefined) {
      missing.push(path);
      continue;
    }
    const imports = findImports(code);
    for (const specifier of imports.static) {
      const target = resolveSpecifier(path, specifier);
      if (target && !seen.has(target)) queue.push(target);
    }
    for (const specifier of imports.dynamic) {
      const target = resolveSpecifier(path, specifier);
      if (target) dynamic.add(target);
    }
  }
  return { modules: [...seen].filter((m) => !missing.includes(m)), missing, dynamic: [...dynamic].filter((d) => !seen.has(d)) };
}
