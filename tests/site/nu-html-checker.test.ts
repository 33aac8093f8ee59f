/**
 * The Nu Html Checker (the W3C validator, from the vnu-jar package, run with the machine's Java)
 * over every page of the build, and the single-file book: no errors. `.ci/run` installs Java where it is missing.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { describe, expect, inject, it } from "vitest";
import { BOOK_FILE } from "../../src/book/single-file.ts";

const dist = inject("distDir");
const vnuJar = String(createRequire(import.meta.url)("vnu-jar"));

interface NuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

/**
 * The single-file book is the only page with the site's stylesheets inline, where the checker reads
 * them; its CSS grammar does not know these properties and values, which Chromium and the site use
 * (anchor positioning for previews and tips, line-clamp, paint-order). Any other CSS error counts.
 */
const UNKNOWN_TO_THE_CHECKER = [
  /^CSS: “(anchor-name|anchor-scope|position-anchor|paint-order|line-clamp)”: Property “\1” doesn't exist\.$/,
  /^CSS: “(top|right|bottom|left)”: “anchor\([a-z-]+\)” is not a “\1” value\.$/,
];
const checkerLacksCss = (m: NuMessage) => m.url.endsWith(`/${BOOK_FILE}`) && UNKNOWN_TO_THE_CHECKER.some((pattern) => pattern.test(m.message));

describe("the Nu Html Checker", () => {
  it("finds no error on any page", () => {
    const run = spawnSync("java", ["-jar", vnuJar, "--format", "json", "--skip-non-html", "--errors-only", dist], { encoding: "utf8" });
    if (run.error) throw new Error(`could not run Java for the Nu Html Checker (${run.error.message}); install it: apt-get install -y default-jre-headless`);
    const { messages } = JSON.parse(run.stderr || run.stdout) as { messages: NuMessage[] };
    const errors = messages
      .filter((m) => m.type === "error" && !checkerLacksCss(m))
      .map((m) => `${m.url.slice(m.url.indexOf(dist) + dist.length)}:${m.lastLine ?? 0}  ${m.message}`);
    expect(errors).toEqual([]);
  }, 120_000);
});
