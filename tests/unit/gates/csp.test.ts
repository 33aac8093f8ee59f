import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { headersFileProblems, metaCsp, pageCspProblems, parseCsp, policyProblems } from "../../gates/csp.ts";
import { fixture, good } from "./fixtures.ts";

const goodPolicy = () => metaCsp(good("index.html"))[0]!.policy;

describe("the CSP gate", () => {
  it("passes the good pages", () => {
    expect(pageCspProblems(good("index.html"))).toEqual([]);
    expect(pageCspProblems(good("guide/index.html"))).toEqual([]);
  });

  it("fails a policy that allows inline scripts and eval, and lacks 'wasm-unsafe-eval'", () => {
    expect(pageCspProblems(fixture("csp-unsafe-inline.html"))).toEqual([
      "default-src is \"*\", expected 'self'",
      "script-src allows 'unsafe-inline'",
      "script-src allows 'unsafe-eval'",
      "script-src lacks 'wasm-unsafe-eval' (Pagefind's WebAssembly search would be blocked)",
      "object-src is not 'none'",
      "has no base-uri (an injected <base> could redirect every relative URL)",
      "default-src allows other hosts: * (the site must work offline, from its own origin)",
    ]);
  });

  it("fails a page without a policy", () => {
    expect(pageCspProblems(fixture("csp-missing.html"))).toEqual(["has no Content-Security-Policy <meta> tag"]);
  });

  it("fails a policy placed after the script it should govern", () => {
    expect(pageCspProblems(fixture("csp-after-script.html"))).toEqual(["its CSP <meta> tag comes after a script or stylesheet, which it then does not govern"]);
  });

  it("lets only inline code the policy lists by hash come before it", () => {
    const code = "document.documentElement.dataset.theme='dark'";
    const hash = `'sha256-${createHash("sha256").update(code).digest("base64")}'`;
    const page = (script: string) =>
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><script>${script}</script><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash}; object-src 'none'; base-uri 'self'"><title>T</title></head><body></body></html>`;
    expect(pageCspProblems(page(code))).toEqual([]);
    expect(pageCspProblems(page(`${code};alert(1)`))).toEqual(["its CSP <meta> tag comes after a script or stylesheet, which it then does not govern"]);
  });

  it("fails a policy open to other hosts", () => {
    expect(pageCspProblems(fixture("csp-foreign-host.html"))).toEqual([
      "script-src allows other hosts: https://cdn.example.com (the site must work offline, from its own origin)",
      "img-src allows other hosts: https: (the site must work offline, from its own origin)",
    ]);
  });

  it("falls back to default-src for scripts, and keeps the first of a repeated directive", () => {
    expect(policyProblems("default-src 'self'; object-src 'none'; base-uri 'self'")).toEqual([
      "script-src lacks 'wasm-unsafe-eval' (Pagefind's WebAssembly search would be blocked)",
    ]);
    expect(parseCsp("script-src 'self'; script-src 'unsafe-inline'").get("script-src")).toEqual(["'self'"]);
  });
});

describe("the _headers gate", () => {
  it("passes a file with the pages' policy, frame-ancestors and the security headers", () => {
    expect(headersFileProblems(good("_headers"), goodPolicy())).toEqual([]);
  });

  it("fails a file whose policy drifted from the pages' and that lacks headers", () => {
    expect(headersFileProblems(fixture("bad-_headers"), goodPolicy())).toEqual([
      "the header policy's frame-ancestors is missing, expected 'none'",
      "the header policy differs from the pages' <meta> policy (besides frame-ancestors)",
      "the header policy has no base-uri (an injected <base> could redirect every relative URL)",
      "the /* rule lacks X-Content-Type-Options matching /^nosniff$/i",
    ]);
  });
});
