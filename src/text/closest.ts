/** "Did you mean …?" for maintainers: the candidate closest to a misspelt word, if close enough. */
import { allowedEdits, editDistance } from "../search/did-you-mean.ts";

export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(1, allowedEdits(word.length));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance <= limit && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}
