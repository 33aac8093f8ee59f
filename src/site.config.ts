import { deployConfig } from "./build/deploy-config.ts";

/** Facts about the site itself, in one place. */
export const site = {
  title: "HER2 Knowledge Base",
  tagline:
    "HER2 in cancer biology and therapeutics, chapter by chapter: the review's citations on the claims they support, and a marked editorial layer for what it gets wrong or predates.",
  /** Where the build says the site and its repository live (SITE_URL, BASE_PATH, REPO_URL). */
  deploy: deployConfig(process.env),
  sourceReview: {
    author: "Xiaoqing (Cathy) Cheng",
    title: "A Comprehensive Review of HER2 in Cancer Biology and Therapeutics",
    venue: "Preprints",
    year: 2024,
    /** The preprint's posted date: every page derives from the review as it stood then. */
    posted: "2024-06-07",
    doi: "10.20944/preprints202406.0515.v1",
    license: "CC BY 4.0",
    licenseUrl: "https://creativecommons.org/licenses/by/4.0/",
  },
} as const;
