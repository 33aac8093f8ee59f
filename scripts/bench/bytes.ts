/** Byte sizes as a reader's connection sees them: raw, gzip (zlib's default level 6, as most servers send) and brotli (quality 11, as precompressed by static hosts). */
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export const ZERO: Sizes = { raw: 0, gzip: 0, brotli: 0 };

export function gzipSize(data: string | Uint8Array): number {
  return gzipSync(data, { level: 6 }).length;
}

export function brotliSize(data: string | Uint8Array): number {
  const input = typeof data === "string" ? Buffer.from(data) : data;
  return brotliCompressSync(input, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: input.length },
  }).length;
}

/** With `brotli: false` (the budget tests, which only need gzip), brotli is left at 0: it is the slow one. */
export function sizesOf(data: string | Uint8Array, options: { brotli?: boolean } = {}): Sizes {
  const raw = typeof data === "string" ? Buffer.byteLength(data) : data.length;
  if (raw === 0) return { ...ZERO };
  return { raw, gzip: gzipSize(data), brotli: options.brotli === false ? 0 : brotliSize(data) };
}

/** Each of several files compressed on its own (as they travel), then added up. */
export function addSizes(...all: Sizes[]): Sizes {
  return all.reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip, brotli: sum.brotli + s.brotli }), { ...ZERO });
}

/** "12.3 KB" (1 KB = 1,024 bytes), or "512 B" below a kilobyte. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}
