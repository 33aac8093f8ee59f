import { describe, expect, it } from "vitest";
import { median, percentile, summarize } from "../../../scripts/bench/stats.ts";

describe("stats", () => {
  it("median of odd and even counts, unsorted input left alone", () => {
    const values = [5, 1, 3];
    expect(median(values)).toBe(3);
    expect(values).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it("refuses to summarise nothing", () => {
    expect(() => median([])).toThrow();
  });

  it("nearest-rank percentiles", () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(values, 90)).toBe(9);
    expect(percentile(values, 100)).toBe(10);
    expect(percentile(values, 0)).toBe(1);
  });

  it("summarises runs, rounded", () => {
    expect(summarize([10.04, 30.06, 20.05])).toEqual({ runs: 3, median: 20.1, min: 10, max: 30.1, p90: 30.1, p95: 30.1, values: [10, 30.1, 20.1] });
  });
});
