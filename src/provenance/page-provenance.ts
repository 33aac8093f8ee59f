/**
 * Where a page's text comes from, as the page shows it: the day its content file last changed (from
 * git, one `git log` per build; none outside a git checkout) and its "Edit this page" link (none
 * without REPO_URL). Pages compute it from their entry's file and hand it to PageProvenance.astro.
 */
import { site } from "../site.config.ts";
import { editLink } from "./edit-link.ts";
import { dayOf, lastCommitDates } from "./git-dates.ts";

export interface PageProvenanceData {
  /** "2026-11-29": the author date of the last commit that touched the file. */
  lastChanged?: string;
  editUrl?: string;
}

/** `file` is the content file relative to the project root (an entry's filePath). */
export function pageProvenance(file: string | undefined, repositoryUrl = site.deploy.repositoryUrl): PageProvenanceData {
  if (!file) return {};
  const changed = lastCommitDates().get(file);
  return { ...(changed ? { lastChanged: dayOf(changed) } : {}), ...(repositoryUrl ? { editUrl: editLink(repositoryUrl, file) } : {}) };
}
