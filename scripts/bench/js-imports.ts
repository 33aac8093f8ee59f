/**
 * Finds the imports of a built (minified) ES module, telling static `import … from "x"` (loaded
 * with the module, before any interaction) from dynamic `import("x")` (loaded when the code runs
 * it). es-module-lexer reads them, as Vite and Astro do for the same files.
 */
import { init, parse } from "es-module-lexer";

export interface ModuleImports {
  /** Specifiers loaded with the module: `import x from "s"`, `import "s"`, `export … from "s"`. */
  static: string[];
  /** Specifiers loaded on demand: `import("s")` with a literal argument. */
  dynamic: string[];
  /** `import(expression)` whose target cannot be read statically. */
  dynamicUnresolved: number;
}

// The lexer is WebAssembly: compiled once, before the first parse.
await init;

/** Import kinds as es-module-lexer reports them (`t`): 1 static, 2 dynamic; 3 is import.meta. */
const STATIC = 1;
const DYNAMIC = 2;

export function findImports(code: string): ModuleImports {
  const [imports] = parse(code);
  const result: ModuleImports = { static: [], dynamic: [], dynamicUnresolved: 0 };
  for (const { t, n } of imports) {
    if (t === STATIC && n !== undefined) result.static.push(n);
    else if (t === DYNAMIC) {
      if (n === undefined) result.dynamicUnresolved++;
      else result.dynamic.push(n);
    }
  }
  return result;
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
