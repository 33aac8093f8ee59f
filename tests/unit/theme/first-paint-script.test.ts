/**
 * The first-paint script (src/theme/first-paint-script.ts), run as the browser runs it, against a
 * stand-in document and storage: what it sets for each stored value. Its CSP hash is checked on the
 * built pages, in Chromium (tests/e2e/theme.test.ts).
 */
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { THEME_FIRST_PAINT_SCRIPT } from "../../../src/theme/first-paint-script.ts";
import { colorSchemeFor, THEME_STORAGE_KEY } from "../../../src/theme/choice.ts";

function run(getItem: (key: string) => string | null) {
  const root = { dataset: {} as Record<string, string> };
  const meta = { content: "light dark" };
  const asked: string[] = [];
  runInNewContext(THEME_FIRST_PAINT_SCRIPT, {
    localStorage: {
      getItem: (key: string) => {
        asked.push(key);
        return getItem(key);
      },
    },
    document: { documentElement: root, querySelector: (selector: string) => (selector === 'meta[name="color-scheme"]' ? meta : null) },
  });
  return { theme: root.dataset.theme, meta: meta.content, asked };
}

describe("the theme's first-paint script", () => {
  it.each(["light", "dark"])("applies a stored %s choice to <html> and the color-scheme meta", (choice) => {
    expect(run(() => choice)).toEqual({ theme: choice, meta: choice, asked: [THEME_STORAGE_KEY] });
  });

  it.each([null, "", "sepia", "DARK"])("follows the system when the stored value is %j", (stored) => {
    expect(run(() => stored)).toEqual({ theme: "system", meta: "light dark", asked: [THEME_STORAGE_KEY] });
  });

  it("follows the system when storage throws (cookies blocked)", () => {
    const result = run(() => {
      throw new Error("SecurityError");
    });
    expect(result.theme).toBe("system");
    expect(result.meta).toBe("light dark");
  });

  it("gives the color-scheme meta of each choice as the switch does", () => {
    expect(["light", "dark", "system"].map((c) => colorSchemeFor(c as "light"))).toEqual(["light", "dark", "light dark"]);
  });
});
