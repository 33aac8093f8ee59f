/**
 * Finds where entities are mentioned in prose. One matcher serves the "Discussed in" index and the
 * remark plugin, both run over the text nodes src/source-index/prose.ts counts as prose, so a page
 * links exactly the mentions the index counts.
 *
 * Rules: whole words only (a name never matches inside a longer word: "ER" not in "ERK" or "HER2");
 * case as in isCaseSensitive(); a Greek letter also matches its Latin spelling ("β-catenin" matches
 * "beta-catenin"); a space in a name also matches a hyphen, and a hyphen an en dash. Where names
 * overlap, the leftmost and then the longest wins ("PI3K/AKT" over "PI3K"). Citations ("[@key]")
 * in the text never match.
 */
import { findCitations } from "../citations/citation-syntax.ts";
import { spellGreek } from "../text/greek.ts";
import { isCaseSensitive } from "./names.ts";

/** Something that can be mentioned: a key ("drug:tucatinib") and every name it goes by. */
export interface Named {
  key: string;
  names: string[];
}

export interface Mention {
  key: string;
  /** Offsets in the searched text. */
  start: number;
  end: number;
  /** The words as written ("Herceptin", "NF-kappaB"). */
  text: string;
}

export interface Matcher {
  pattern: RegExp | undefined;
  /** The key of each capture group of the pattern, in order. */
  keys: string[];
}

const SYNTAX = /[\\^$.*+?()[\]{}|/]/;
const GREEK = /[\u0391-\u03A9\u03B1-\u03C9]/;
const DASH = "[-\\u2010\\u2011\\u2013]";

/** One name as a regular expression source, with its spelling variants. */
function namePattern(name: string): string {
  let source = "";
  for (const part of name.trim().match(/\s+|./gsu) ?? []) {
    if (/^\s+$/.test(part)) source += `(?:\\s+|${DASH})`;
    else if (/^[-\u2010\u2011\u2013]$/.test(part)) source += DASH;
    else if (GREEK.test(part)) source += `(?:${part}|${spellGreek(part)})`;
    else source += SYNTAX.test(part) ? `\\${part}` : part;
  }
  return isCaseSensitive(name) ? source : `(?i:${source})`;
}

export function compileMatcher(entities: Named[]): Matcher {
  const names = entities
    .flatMap(({ key, names }) => names.map((name) => ({ key, name: name.trim() })))
    .filter(({ name }) => name)
    .sort((a, b) => b.name.length - a.name.length);
  if (!names.length) return { pattern: undefined, keys: [] };
  const alternatives = names.map(({ name }) => `(${namePattern(name)})`).join("|");
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, "gu"), keys: names.map((n) => n.key) };
}

/** Every mention in `text`, in order, none overlapping. */
export function findMentions(text: string, matcher: Matcher): Mention[] {
  if (!matcher.pattern) return [];
  const mentions: Mention[] = [];
  let searched = text;
  for (const { start, end } of findCitations(text)) searched = searched.slice(0, start) + " ".repeat(end - start) + searched.slice(end);
  for (const match of searched.matchAll(matcher.pattern)) {
    const group = match.findIndex((value, i) => i > 0 && value !== undefined);
    mentions.push({
      key: matcher.keys[group - 1]!,
      start: match.index,
      end: match.index + match[0].length,
      text: text.slice(match.index, match.index + match[0].length),
    });
  }
  return mentions;
}
