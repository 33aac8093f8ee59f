/**
 * rehype-citation (2.3.2) with the bibliography parsed once per build instead of once per file.
 *
 * For every file it processes, rehype-citation reads the .bib and parses all of it with
 * citation-js — about 0.2–0.4 s for 2,000 entries, which at scale costs more than rendering the
 * pages (see the scale benchmark, `npm run bench -- --scale …`). The plugin is built from its own
 * generator with a `Cite` that remembers the parsed CSL-JSON of the last bibliography text it saw
 * and hands the same items to every file. Nothing writes to them: citeproc copies each item it
 * retrieves (JSON round trip) before using it, and the items are frozen so that a future version
 * that did write would fail loudly rather than leak one file's state into the next. The output is
 * exactly the plain plugin's. Editing the .bib changes its text, which parses it again.
 */
import { Cite, rehypeCitationGenerator } from "rehype-citation";

interface ParsedBibliography {
  data: unknown[];
}
type CiteConstructor = (new (input: unknown, options?: unknown) => ParsedBibliography) & { plugins: unknown };

const PlainCite = Cite as unknown as CiteConstructor;

let last: { key: string; data: unknown[] } | undefined;

/** What rehype-citation calls as `new Cite([bibtexText, …], options)`: parses only a new text. */
function CachedCite(input: unknown, options?: unknown): ParsedBibliography {
  const key = Array.isArray(input) && input.every((part) => typeof part === "string") ? `${JSON.stringify(options)}\u0000${input.join("\u0000")}` : undefined;
  if (key === undefined) return { data: new PlainCite(input, options).data };
  if (last?.key !== key) last = { key, data: deepFreeze(new PlainCite(input, options).data) };
  return { data: last.data };
}
CachedCite.plugins = PlainCite.plugins;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const rehypeCitationCached = rehypeCitationGenerator(CachedCite);

export default rehypeCitationCached;
