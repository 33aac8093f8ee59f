/**
 * Gate: the Content-Security-Policy. In the page (a <meta> tag in <head>, before any script or
 * stylesheet it governs, but for inline code it lists by hash): default-src 'self'; scripts only from the site or by hash —
 * never 'unsafe-inline' or 'unsafe-eval' — with 'wasm-unsafe-eval' so Pagefind's WebAssembly runs;
 * no other host anywhere. In `_headers`: the same policy plus frame-ancestors 'none', and the
 * security headers a meta tag cannot set. Pure, and independent of the code that writes them.
 */
import { createHash } from "node:crypto";
import { parse } from "node-html-parser";
import { headersForAllPaths } from "../../src/seo/headers.ts";

export type Directives = Map<string, string[]>;

export function parseCsp(text: string): Directives {
  const directives: Directives = new Map();
  for (const part of text.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    // Per CSP, a repeated directive is ignored after its first occurrence.
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/**
 * The policies of a page's CSP <meta> tags, and whether each comes before every script and
 * stylesheet. One kind of script may come first: inline code whose hash the policy itself lists
 * (the theme's first-paint script, which must run before the stylesheets load). The HTTP-header
 * form of the policy governs it, and nothing but that exact code can take its place.
 */
export function metaCsp(html: string): { policy: string; beforeResources: boolean }[] {
  const head = parse(html).querySelector("head");
  if (!head) return [];
  const elements = head.querySelectorAll("*");
  const hashOf = (code: string) => `'sha256-${createHash("sha256").update(code).digest("base64")}'`;
  return elements.flatMap((e, i) => {
    if (e.tagName !== "META" || e.getAttribute("http-equiv")?.toLowerCase() !== "content-security-policy") return [];
    const policy = e.getAttribute("content") ?? "";
    const scriptSources = parseCsp(policy).get("script-src") ?? [];
    const firstResource = elements.findIndex(
      // A JSON-LD data block is not a script the policy governs: it never runs.
      (r) =>
        (r.tagName === "SCRIPT" &&
          r.getAttribute("type") !== "application/ld+json" &&
          !(r.getAttribute("src") === undefined && scriptSources.includes(hashOf(r.rawText)))) ||
        r.tagName === "STYLE" ||
        (r.tagName === "LINK" && /stylesheet/i.test(r.getAttribute("rel") ?? "")),
    );
    return [{ policy, beforeResources: firstResource < 0 || i < firstResource }];
  });
}

/** Sources that name no other host: keywords and hashes are quoted; data: and blob: stay in the page. */
const isHostSource = (source: string) => !source.startsWith("'") && source !== "data:" && source !== "blob:";

/** Problems with a page policy (as in a <meta> tag). */
export function policyProblems(text: string): string[] {
  const csp = parseCsp(text);
  const problems: string[] = [];
  const defaultSrc = csp.get("default-src");
  if (!defaultSrc) problems.push("has no default-src");
  else if (defaultSrc.join(" ") !== "'self'") problems.push(`default-src is "${defaultSrc.join(" ")}", expected 'self'`);
  const scriptSrc = csp.get("script-src") ?? defaultSrc ?? [];
  for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "data:", "blob:"]) {
    if (scriptSrc.includes(unsafe)) problems.push(`script-src allows ${unsafe}`);
  }
  if (!scriptSrc.includes("'wasm-unsafe-eval'")) problems.push("script-src lacks 'wasm-unsafe-eval' (Pagefind's WebAssembly search would be blocked)");
  const objectSrc = csp.get("object-src") ?? defaultSrc;
  if (objectSrc?.join(" ") !== "'none'") problems.push("object-src is not 'none'");
  if (!csp.has("base-uri")) problems.push("has no base-uri (an injected <base> could redirect every relative URL)");
  for (const [name, sources] of csp) {
    const hosts = sources.filter(isHostSource);
    if (hosts.length) problems.push(`${name} allows other hosts: ${hosts.join(" ")} (the site must work offline, from its own origin)`);
  }
  return problems;
}

/** Problems with a page's CSP meta tags: exactly one, placed before what it governs, with a sound policy. */
export function pageCspProblems(html: string): string[] {
  const metas = metaCsp(html);
  if (metas.length === 0) return ["has no Content-Security-Policy <meta> tag"];
  if (metas.length > 1) return [`has ${metas.length} Content-Security-Policy <meta> tags (each is enforced; expected one)`];
  const [meta] = metas;
  return [
    ...(meta!.beforeResources ? [] : ["its CSP <meta> tag comes after a script or stylesheet, which it then does not govern"]),
    ...policyProblems(meta!.policy),
  ];
}

export { headersForAllPaths };

const sameDirectives = (a: Directives, b: Directives) =>
  a.size === b.size && [...a].every(([name, sources]) => b.get(name)?.slice().sort().join(" ") === sources.slice().sort().join(" "));

/** Problems with a `_headers` file, given the policy of the pages' <meta> tag. */
export function headersFileProblems(file: string, pagePolicy: string): string[] {
  const headers = headersForAllPaths(file);
  const problems: string[] = [];
  const csp = headers.get("content-security-policy") ?? [];
  if (csp.length !== 1) problems.push(`the /* rule has ${csp.length} Content-Security-Policy headers, expected 1`);
  else {
    const header = parseCsp(csp[0]!);
    const frameAncestors = header.get("frame-ancestors")?.join(" ");
    if (frameAncestors !== "'none'") problems.push(`the header policy's frame-ancestors is ${frameAncestors ?? "missing"}, expected 'none'`);
    header.delete("frame-ancestors");
    if (!sameDirectives(header, parseCsp(pagePolicy))) problems.push("the header policy differs from the pages' <meta> policy (besides frame-ancestors)");
    problems.push(...policyProblems(csp[0]!).map((p) => `the header policy ${p}`));
  }
  const expectHeader = (name: string, value: RegExp) => {
    const values = headers.get(name.toLowerCase()) ?? [];
    if (!values.some((v) => value.test(v))) problems.push(`the /* rule lacks ${name} matching ${value}`);
  };
  expectHeader("X-Content-Type-Options", /^nosniff$/i);
  expectHeader("Referrer-Policy", /^strict-origin-when-cross-origin$/i);
  expectHeader("X-Frame-Options", /^DENY$/i);
  return problems;
}
