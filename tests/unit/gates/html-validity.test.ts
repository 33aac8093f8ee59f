import { describe, expect, it } from "vitest";
import { RELAXED_RULES, createValidator, htmlValidityProblems, loadConfig } from "../../gates/html-validity.ts";
import { fixture, good } from "./fixtures.ts";

const validator = createValidator();

describe("the HTML validity gate", () => {
  it("passes the good pages", () => {
    expect(htmlValidityProblems(validator, good("index.html"))).toEqual([]);
    expect(htmlValidityProblems(validator, good("guide/index.html"))).toEqual([]);
  });

  it("fails a page with a duplicate id, an element left open and a misplaced block", () => {
    const rules = htmlValidityProblems(validator, fixture("invalid-html.html")).map((p) => p.split(" ")[1]);
    expect(rules).toEqual(expect.arrayContaining(["no-dup-id:", "close-order:", "element-permitted-content:"]));
  });

  it("relaxes only rules whose reason is written down, and no others", () => {
    const relaxed = Object.entries(loadConfig().rules ?? {})
      .filter(([, setting]) => setting === "off" || setting === 0 || Array.isArray(setting))
      .map(([rule]) => rule);
    expect(relaxed.sort()).toEqual(Object.keys(RELAXED_RULES).sort());
    for (const reason of Object.values(RELAXED_RULES)) expect(reason.length).toBeGreaterThan(20);
  });

  it("still applies a relaxed rule where the reason does not hold", () => {
    // prefer-native-element is relaxed for role=list only (rehype-citation's bibliography), not for buttons.
    const page = good("index.html").replace("<p>Read", '<div role="button" tabindex="0">Press</div><p>Read');
    expect(htmlValidityProblems(validator, page).join("\n")).toContain("prefer-native-element");
  });
});
