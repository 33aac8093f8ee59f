/**
 * "Discussed in": for every entity, each chapter section (h2 or h3) that mentions it, with the
 * sentence around its first mention there. Computed from the chapter sources with the same matcher
 * the remark plugin links with, so the list and the links cannot drift apart.
 */
import { findCitations } from "../citations/citation-syntax.ts";
import { plainInline, type OutlineHeading } from "../headings/document-index.ts";
import { findMentions, type Matcher, type Mention } from "./mentions.ts";
import { splitSections } from "./sections.ts";

export interface ChapterSource {
  slug: string;
  /** As readers see it ("4. HER2-based therapeutic strategies …"). */
  title: string;
  body: string;
}

export interface Discussion {
  chapter: { slug: string; title: string };
  /** Undefined for the chapter's opening text, before its first heading. */
  section?: OutlineHeading;
  /** The h2 above an h3 section. */
  parent?: OutlineHeading;
  /** The sentence around the first mention in the section, as plain text. */
  context: string;
}

/**
 * Every section of every chapter that mentions each entity, in reading order, by entity key. A
 * section counts when its text or its heading names the entity ("### Tucatinib, 2020" is about
 * tucatinib even if its text says "it"); the context is then the sentence of the first mention in
 * the text, or the section's first sentence.
 */
export function indexDiscussions(chapters: ChapterSource[], matcher: Matcher): Map<string, Discussion[]> {
  const index = new Map<string, Discussion[]>();
  for (const chapter of chapters) {
    for (const section of splitSections(chapter.body)) {
      const inText = new Map<string, Mention>();
      for (const mention of findMentions(section.text, matcher)) if (!inText.has(mention.key)) inText.set(mention.key, mention);
      const inHeading = findMentions(section.heading?.text ?? "", matcher).map((m) => m.key);
      for (const key of new Set([...inHeading, ...inText.keys()])) {
        const mention = inText.get(key);
        const context = mention ? contextLine(section.text, mention) : openingLine(section.text);
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

/** Lines that start a block of their own: list items, table rows, quotes, tags. */
const BLOCK_START = /^\s*(?:[-*+]\s|\d+[.)]\s|\||>|<)/;

/**
 * The sentence (or list item, or table row) around a mention, as plain text: markdown, tags and
 * citations stripped, at most `max` characters, cut around the mention when longer.
 */
export function contextLine(text: string, mention: Mention, max = 160): string {
  const lines = text.split("\n");
  let offset = 0;
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    if (mention.start < offset + lines[i]!.length + 1) {
      at = i;
      break;
    }
    offset += lines[i]!.length + 1;
  }
  let first = at;
  while (first > 0 && lines[first - 1]!.trim() && !BLOCK_START.test(lines[first]!)) first--;
  let last = at;
  while (last + 1 < lines.length && lines[last + 1]!.trim() && !BLOCK_START.test(lines[last + 1]!)) last++;
  const block = lines.slice(first, last + 1).join(" ");
  const plain = toPlainText(block);
  const sentences = plain.split(/(?<=[.!?])\s+(?=[A-Z“"(])/);
  const sentence = sentences.find((s) => s.includes(mention.text)) ?? plain;
  return shorten(sentence, mention.text, max);
}

/** The first sentence of a section's text, as plain text. */
function openingLine(text: string, max = 160): string {
  const block = text.trim().split(/\n\s*\n/)[0] ?? "";
  const first = block.split("\n").find((line) => line.trim()) ?? "";
  const sentence = toPlainText(BLOCK_START.test(first) ? first : block.replace(/\n/g, " ")).split(/(?<=[.!?])\s+(?=[A-Z“"(])/)[0] ?? "";
  return shorten(sentence, "", max);
}

function toPlainText(markdown: string): string {
  let text = markdown;
  for (const { start, end } of findCitations(text).reverse()) text = text.slice(0, start) + text.slice(end);
  text = plainInline(
    text
      .replace(/<\/?[A-Za-z][^<>]*>/g, " ")
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, "")
      .replace(/\\([<>*_[\]])/g, "$1"),
  );
  if (text.startsWith("|")) {
    text = text
      .split("|")
      .map((cell) => cell.trim())
      .filter(Boolean)
      .join(" · ");
  }
  return text
    .replace(/\s+/g, " ")
    .replace(/\s+([.,;:!?)])/g, "$1")
    .trim();
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
