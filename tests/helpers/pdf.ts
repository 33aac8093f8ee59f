/**
 * Just enough of a PDF's structure to check what Chromium wrote (Skia writes its dictionaries
 * uncompressed, one object each): the outline's titles, the link annotations that jump inside the
 * document, and the named destinations they jump to.
 */
const text = (pdf: Buffer) => pdf.toString("latin1");

/** A PDF string: "(literal)" with backslash escapes, or "<FEFF…>" UTF-16 hex. */
function decodeString(raw: string): string {
  if (raw.startsWith("<")) {
    const bytes = Buffer.from(raw.slice(1, -1), "hex");
    return bytes.subarray(0, 2).equals(Buffer.from([0xfe, 0xff])) ? bytes.subarray(2).swap16().toString("utf16le") : bytes.toString("latin1");
  }
  return raw.slice(1, -1).replace(/\\([()\\])/g, "$1");
}

/** The document's outline: whether it has one, and every entry's title. */
export function pdfOutline(pdf: Buffer): { present: boolean; titles: string[] } {
  const source = text(pdf);
  const titles = [...source.matchAll(/\/Title\s*(\((?:[^)\\]|\\.)*\)|<[0-9A-Fa-f]*>)/g)].map((m) => decodeString(m[1]!));
  // The document information dictionary also has a /Title (the first match): the outline has the rest.
  return { present: /\/Type\s*\/Outlines\b/.test(source) && /\/Outlines\s+\d+\s+0\s+R/.test(source), titles: titles.slice(1) };
}

/** The named destinations of link annotations that jump inside the document. */
export function pdfInternalLinks(pdf: Buffer): string[] {
  return [...text(pdf).matchAll(/\/Subtype\s*\/Link\b[^>]*?\/Dest\s*\/([^\s/>\]]+)/g)].map((m) => m[1]!);
}

/** The names the document's /Dests dictionary defines. */
export function pdfDestinations(pdf: Buffer): Set<string> {
  const source = text(pdf);
  const dests = /\/Dests\s+(\d+)\s+0\s+R/.exec(source);
  if (!dests) return new Set();
  const object = new RegExp(`(?:^|\\n)${dests[1]} 0 obj\\s*<<([\\s\\S]*?)>>\\s*endobj`).exec(source)?.[1] ?? "";
  return new Set([...object.matchAll(/\/([^\s/[\]]+)\s*\[/g)].map((m) => m[1]!));
}

/** Link annotations that open an address outside the document. */
export function pdfUriLinks(pdf: Buffer): number {
  return [...text(pdf).matchAll(/\/Subtype\s*\/Link\b[^>]*?\/URI\s*\(/g)].length;
}
