/** Element ids the wayfinding links lead to. */
export const WAYFINDING_IDS = {
  /** The page's top: <body> (a link to "#top" needs an element of that id to pass the link checks). */
  top: "top",
  /** The list inside "On this page": a link to it opens its fold on a phone. */
  pageToc: "page-toc-list",
} as const;
