/**
 * Splits an MDX body into its sections (h2 and h3), keeping each section's prose with its line
 * positions. Heading ids come from the shared slugger exactly as src/headings/document-index.ts
 * computes them (same heading and fence rules; a unit test holds the two together on every chapter).
 */
import { plainInline, type OutlineHeading } from "../headings/document-index.ts";
import { createSlugger } from "../headings/slug.ts";

export interface SourceSection {
  /** The h2 or h3 opening the section; undefined for the text before the first heading. */
  heading?: OutlineHeading;
  /** The h2 the section belongs to (itself for an h2); undefined before the first h2. */
  h2?: OutlineHeading;
  /** The section's lines, headings, fences, code and import/export lines blanked (one line kept per line). */
  text: string;
  /** 1-based line of the body where `text` starts. */
  line: number;
}

const HEADING = /^(#{2,6})\s+(.+?)\s*#*\s*$/;
const FENCE = /^\s*(`{3,}|~{3,})/;

export function splitSections(body: string): SourceSection[] {
  const slug = createSlugger();
  const sections: SourceSection[] = [];
  let current: SourceSection = { text: "", line: 1 };
  let lines: string[] = [];
  let fence: string | undefined;
  const close = () => sections.push({ ...current, text: lines.join("\n") });
  body.split("\n").forEach((line, i) => {
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch || fence) {
      if (fenceMatch && !fence) fence = fenceMatch[1]![0];
      else if (fenceMatch && fenceMatch[1]![0] === fence) fence = undefined;
      lines.push("");
      return;
    }
    if (/^(import|export)\s/.test(line)) {
      lines.push("");
      return;
    }
    const heading = HEADING.exec(line);
    if (!heading) {
      lines.push(line);
      return;
    }
    const text = plainInline(heading[2]!);
    const entry: OutlineHeading = { depth: heading[1]!.length, text, id: slug(text) };
    if (entry.depth > 3) {
      lines.push("");
      return;
    }
    close();
    current = { heading: entry, h2: entry.depth === 2 ? entry : current.h2, text: "", line: i + 2 };
    lines = [];
  });
  close();
  return sections.filter((s) => s.heading || s.text.trim());
}
