/** The evidence filter of /references/: links into the URL (kept on reload), a stated count, no script. */
import { describe, expect, it } from "vitest";
import { useSite } from "../helpers/browser.ts";

const site = useSite();

describe("the references filter", () => {
  it("shows one kind of evidence from the URL, says how many, and keeps it on reload", async () => {
    const page = await site.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.url}references/`);
    const link = page.locator('.evidence-filter a[href="#evidence-clinical-trial"]');
    const count = Number(/\((\d+)\)/.exec((await link.textContent()) ?? "")?.[1]);
    expect(count).toBeGreaterThan(0);
    await link.click();
    expect(new URL(page.url()).hash).toBe("#evidence-clinical-trial");
    const visible = async () => page.locator(".reference-list > .reference:visible").count();
    expect(await visible()).toBe(count);
    expect(await page.locator("#evidence-clinical-trial").textContent()).toContain(`Showing ${count} of 72 references`);
    await page.reload();
    expect(await visible()).toBe(count);
    await page.click('#evidence-clinical-trial a[href="#all-references"]');
    expect(await visible()).toBe(72);
    await page.close();
  });
});

describe("the references text filter and sort", () => {
  it("filters by any word and sorts by year, announcing the count", async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}references/`);
    const input = page.locator(".reference-tools input[type=search]");
    await input.fill("Bose");
    await page.waitForFunction(() => /Showing \d+ of 72 references\./.test(document.querySelector(".reference-tools [role=status]")?.textContent ?? ""));
    const shown = await page.locator(".reference-list > .reference:visible").allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    for (const text of shown) expect(text).toMatch(/Bose/);
    await input.fill("");
    await page.locator(".reference-tools select").selectOption("year");
    const years = await page.$$eval(".reference-list > .reference", (lis) => lis.map((li) => Number((li as HTMLElement).dataset.year)));
    expect(years).toEqual([...years].sort((a, b) => b - a));
    await page.close();
  });
});
