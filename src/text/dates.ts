/** Dates as readers see them ("1 December 2026") and as machines read them ("2026-12-01"), always in UTC. */
export function formatDate(date: Date): string {
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
