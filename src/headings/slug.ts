import GithubSlugger from "github-slugger";
import { spellGreek } from "../text/greek.ts";

/** "2.1 Interaction with …" → "Interaction with …": section numbers stay in the text, not the URL. */
export function stripSectionNumber(text: string): string {
  return text.replace(/^\s*\d+(?:\.\d+)*\.?\s+/, "");
}

/**
 * One slugger for the renderer and the content index, so that an anchor computed from the MDX
 * source is the id the page really has. Create one per page: repeated headings get "-1", "-2".
 * Greek letters are spelled out ("β-catenin" → "beta-catenin") so URLs stay plain ASCII.
 */
export function createSlugger(): (headingText: string) => string {
  const slugger = new GithubSlugger();
  return (text) => slugger.slug(spellGreek(stripSectionNumber(text)));
}
