/**
 * "Discussed in": for every entity, each chapter section (h2 or h3) that mentions it, with the
 * sentence around its first mention there. Read from the chapters' source index, whose prose is the
 * text the remark plugin links, with the same matcher, so the list and the links cannot drift apart.
 */
import type { SourceHeading, SourceSection } from "../source-index/source-index.ts";
import { findMentions, type Matcher, type Mention } from "./mentions.ts";

const MAX_CONTEXT = 160;

export interface ChapterSource {
  slug: string;
  /** As readers see it ("4. HER2-based therapeutic strategies …"). */
  title: string;
  sections: SourceSection[];
}

export interface Discussion {
  chapter: { slug: string; title: string };
  /** Undefined for the chapter's opening text, before its first heading. */
  section?: SourceHeading;
  /** The h2 above an h3 section. */
  parent?: SourceHeading;
  /** The sentence around the first mention in the section, as plain text. */
  context: string;
}

/**
 * Every section of every chapter that mentions each entity, in reading order, by entity key. A
 * section counts when its prose or its heading names the entity ("### Tucatinib, 2020" is about
 * tucatinib even if its text says "it"); the context is then the sentence of the first mention in
 * the prose, or the section's first sentence.
 */
export function indexDiscussions(chapters: ChapterSource[], matcher: Matcher): Map<string, Discussion[]> {
  const index = new Map<string, Discussion[]>();
  for (const chapter of chapters) {
    for (const section of chapter.sections) {
      const inProse = new Map<string, { mention: Mention; block: string }>();
      for (const run of section.prose) {
        for (const mention of findMentions(run.value, matcher)) {
          if (!inProse.has(mention.key)) inProse.set(mention.key, { mention, block: section.blocks[run.block]! });
        }
      }
      const inHeading = findMentions(section.heading?.text ?? "", matcher).map((m) => m.key);
      for (const key of new Set([...inHeading, ...inProse.keys()])) {
        const first = inProse.get(key);
        const context = first ? contextLine(first.block, first.mention.text) : shorten(sentencesOf(section.blocks[0] ?? "")[0] ?? "", "", MAX_CONTEXT);
        const parent = section.h2 !== section.heading ? section.h2 : undefined;
        index.set(key, [...(index.get(key) ?? []), { chapter: { slug: chapter.slug, title: chapter.title }, section: section.heading, parent, context }]);
      }
    }
  }
  return index;
}

/** Discussions grouped by chapter, keeping reading order. */
export function groupByChapter(discussions: Discussion[]): { chapter: Discussion["chapter"]; sections: Discussion[] }[] {
  const groups: { chapter: Discussion["chapter"]; sections: Discussion[] }[] = [];
  for (const d of discussions) {
    const last = groups.at(-1);
    if (last?.chapter.slug === d.chapter.slug) last.sections.push(d);
    else groups.push({ chapter: d.chapter, sections: [d] });
  }
  return groups;
}

/** The sentence of a block (paragraph, list item, table row) that holds `words`, at most `max` characters, cut around them when longer. */
export function contextLine(block: string, words: string, max = MAX_CONTEXT): string {
  return shorten(sentencesOf(block).find((s) => s.includes(words)) ?? block, words, max);
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z“"(])/);
}

/** `text` if short enough, else a window of it around `around`, cut at word boundaries, with "…". */
function shorten(text: string, around: string, max: number): string {
  if (text.length <= max) return text;
  const at = Math.max(0, text.indexOf(around));
  let start = Math.max(0, Math.min(at - Math.floor((max - around.length) / 2), text.length - max));
  let end = Math.min(text.length, start + max - 2);
  if (start > 0) start = text.indexOf(" ", start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(" ", end) > start ? text.lastIndexOf(" ", end) : end;
  return `${start > 0 ? "…" : ""}${text.slice(start, end).trim()}${end < text.length ? "…" : ""}`;
}
