import { describe, expect, it } from "vitest";
import { SIDEBAR_FULL_LIST, SIDEBAR_WINDOW, sidebarWindow } from "../../../src/chapters/sidebar-window.ts";

const list = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("sidebarWindow", () => {
  it("lists every chapter while there are few", () => {
    expect(sidebarWindow(list(7), 3)).toEqual({ shown: list(7), before: 0, after: 0 });
    expect(sidebarWindow(list(SIDEBAR_FULL_LIST), 0).shown).toHaveLength(SIDEBAR_FULL_LIST);
  });

  it("past the limit, lists a fixed-size window centred on the current chapter", () => {
    const { shown, before, after } = sidebarWindow(list(2000), 999);
    expect(shown).toHaveLength(SIDEBAR_WINDOW);
    expect(shown).toContain(1000);
    expect(shown[Math.floor(SIDEBAR_WINDOW / 2)]).toBe(1000);
    expect(before + shown.length + after).toBe(2000);
  });

  it("clamps the window at both ends", () => {
    expect(sidebarWindow(list(50), 0)).toEqual({ shown: list(SIDEBAR_WINDOW), before: 0, after: 50 - SIDEBAR_WINDOW });
    const last = sidebarWindow(list(50), 49);
    expect(last.shown.at(-1)).toBe(50);
    expect(last).toMatchObject({ before: 50 - SIDEBAR_WINDOW, after: 0 });
    expect(sidebarWindow(list(50), -1).before).toBe(0);
  });
});
