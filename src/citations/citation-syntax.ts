/** Pandoc-style citation clusters, `[@key]` or `[@a; @b]`, as rehype-citation reads them. */

export interface CitationCluster {
  keys: string[];
  /** Offsets of the whole `[...]` in the searched text. */
  start: number;
  end: number;
}

const CLUSTER = /\[([^[\]]*@[^[\]]*)\]/g;
const KEY = /(?:^|[\s;,])-?@([\w][\w:.#$%&+?<>~/-]*)/g;

export function findCitations(text: string): CitationCluster[] {
  const clusters: CitationCluster[] = [];
  for (const match of text.matchAll(CLUSTER)) {
    const keys = [...match[1]!.matchAll(KEY)].map((k) => k[1]!.replace(/[.:]+$/, ""));
    if (keys.length) clusters.push({ keys, start: match.index, end: match.index + match[0].length });
  }
  return clusters;
}

/** Rewrites the keys of every cluster in `text` through `rename`, leaving everything else as is. */
export function renameCitationKeys(text: string, rename: (key: string) => string): string {
  return text.replace(CLUSTER, (_cluster, inner: string) => `[${inner.replace(KEY, (whole, key: string) => whole.replace(`@${key}`, `@${rename(key)}`))}]`);
}
