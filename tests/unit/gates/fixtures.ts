/** The broken-page fixtures and the small good site they are measured against (tests/fixtures/broken-pages). */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const FIXTURES = "tests/fixtures/broken-pages";
export const GOOD = join(FIXTURES, "good");
export const BASE = "/kb/";
export const SITE_ROOT = "https://kb.example.org/kb/";
export const SITE_TITLE = "Example KB";

export const fixture = (name: string) => readFileSync(join(FIXTURES, name), "utf8");
export const good = (name: string) => readFileSync(join(GOOD, name), "utf8");

/** The files of the good site, as paths relative to its root. */
export function goodFiles(): string[] {
  return readdirSync(GOOD, { recursive: true, encoding: "utf8" })
    .filter((f) => f.includes(".") || f === "_headers")
    .sort();
}
