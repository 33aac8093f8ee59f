/**
 * The golden set (search-golden.ts) through the real /search/ page in Chromium: at least 95% of the
 * first-rank queries land first, every query lands within its rank, and every topic the site does
 * not cover is answered "Nothing on this site mentions …".
 */
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { useSite } from "../helpers/browser.ts";
import { ask, type Answer } from "../helpers/search-page.ts";
import { GOLDEN } from "./search-golden.ts";

const base = inject("base").replace(/\/?$/, "/");
const site = useSite();
let page: Page;

beforeAll(async () => {
  page = await site.browser.newPage();
});

const answers = new Map<string, Answer>();

describe("the golden set of search queries", () => {
  beforeAll(async () => {
    for (const [query] of GOLDEN) answers.set(query, await ask(page, site.url, base, query));
  }, 240_000);

  const lands = (query: string, expected: string, how: string) => {
    const answer = answers.get(query)!;
    // A page matches with or without the #section a result opens at.
    const same = (path?: string) => !!path && (path === expected || (!expected.includes("#") && path.replace(/#.*$/, "") === expected));
    if (how === "nothing") return answer.nothing;
    if (how === "first") return same(answer.first);
    return answer.top3.some(same);
  };

  it("has at least 100 queries of every kind", () => {
    expect(GOLDEN.length).toBeGreaterThanOrEqual(100);
    expect(new Set(GOLDEN.map(([q]) => q)).size).toBe(GOLDEN.length);
  });

  it("puts at least 95% of the first-rank queries first", () => {
    const firsts = GOLDEN.filter(([, , how]) => how === "first");
    const missed = firsts.filter(([q, e, h]) => !lands(q, e, h)).map(([q, e]) => `${q} → ${answers.get(q)!.first} (want ${e})`);
    expect(missed.length / firsts.length, missed.join("\n")).toBeLessThanOrEqual(0.05);
  });

  it.each(GOLDEN.filter(([, , how]) => how !== "nothing"))("%s → %s (%s)", (query, expected, how) => {
    const { first, top3 } = answers.get(query)!;
    expect(lands(query, expected, how === "first" ? "top3" : how), `got ${first}; top three ${top3.join(", ")}`).toBe(true);
  });

  it.each(GOLDEN.filter(([, , how]) => how === "nothing"))("%s is answered honestly: nothing on the site mentions it", (query) => {
    expect(answers.get(query)!.nothing, `got ${answers.get(query)!.top3.join(", ")}`).toBe(true);
  });
});
