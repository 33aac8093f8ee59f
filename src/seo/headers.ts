/**
 * A `_headers` file (Netlify / Cloudflare Pages format) carrying the same Content-Security-Policy
 * as the pages' <meta> tag, plus the headers a meta tag cannot set. Pure: the integration
 * (headers-integration.ts) reads the policy from the built pages, so the two cannot drift.
 */

export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

export function serializePolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(" ")).join("; ");
}

/**
 * One policy allowing what any of the pages' policies allows (their script and style hashes can
 * differ from page to page). A host joins repeated headers into several policies, all enforced,
 * so the file must hold exactly one.
 */
export function mergePolicies(policies: Policy[]): Policy {
  const merged: Policy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of policy) merged.set(name, [...new Set([...(merged.get(name) ?? []), ...sources])]);
  }
  return merged;
}

/** The header form of a page policy: adds what only a header can carry (frame-ancestors). */
export function headerPolicy(policy: Policy): Policy {
  const header = new Map(policy);
  header.set("frame-ancestors", ["'none'"]);
  return header;
}

export function headersFile(policy: Policy): string {
  return [
    "/*",
    `  Content-Security-Policy: ${serializePolicy(headerPolicy(policy))}`,
    "  X-Content-Type-Options: nosniff",
    "  Referrer-Policy: strict-origin-when-cross-origin",
    "  X-Frame-Options: DENY",
    "",
  ].join("\n");
}

/** The content of every CSP <meta> tag in a page. */
export function metaPolicies(html: string): string[] {
  const policies: string[] = [];
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    if (!/http-equiv\s*=\s*["']?content-security-policy["'\s>]/i.test(tag)) continue;
    const content = /content\s*=\s*"([^"]*)"|content\s*=\s*'([^']*)'/i.exec(tag);
    if (content)
      policies.push(
        (content[1] ?? content[2]!)
          .replace(/&#39;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, "&"),
      );
  }
  return policies;
}

/**
 * The headers of the `/*` rule of a `_headers` file, by lower-case name, each with every value the
 * rule gives it (a host sends a repeated header as several). Read by `npm start`'s server and by
 * the quality gate that checks the file.
 */
export function headersForAllPaths(file: string): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  let inRule = false;
  for (const line of file.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      inRule = line.trim() === "/*";
      continue;
    }
    const colon = line.indexOf(":");
    if (!inRule || colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    headers.set(name, [...(headers.get(name) ?? []), line.slice(colon + 1).trim()]);
  }
  return headers;
}
