/** Summary statistics for repeated timings: the median is what the report quotes (timings here are noisy). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile (p in 0–100). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error("percentile of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export interface Summary {
  runs: number;
  median: number;
  min: number;
  max: number;
  p90: number;
  p95: number;
  values: number[];
}

export function summarize(values: readonly number[], digits = 1): Summary {
  const round = (n: number) => Number(n.toFixed(digits));
  return {
    runs: values.length,
    median: round(median(values)),
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
    p90: round(percentile(values, 90)),
    p95: round(percentile(values, 95)),
    values: values.map(round),
  };
}
