import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { addSizes, brotliSize, formatBytes, gzipSize, sizesOf } from "../../../scripts/bench/bytes.ts";

describe("byte measurement", () => {
  const text = "HER2 signalling ".repeat(500);

  it("counts raw bytes of text as UTF-8", () => {
    expect(sizesOf("κ").raw).toBe(2);
    expect(sizesOf(Buffer.from("abc")).raw).toBe(3);
  });

  it("gzip (level 6) and brotli (quality 11) sizes are those of real, decodable streams", () => {
    const sizes = sizesOf(text);
    expect(sizes.raw).toBe(8000);
    const gzipped = gzipSync(text, { level: 6 });
    expect(sizes.gzip).toBe(gzipped.length);
    expect(gzipSize(text)).toBe(gzipped.length);
    expect(gunzipSync(gzipped).toString()).toBe(text);
    const brotli = brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: 8000 } });
    expect(sizes.brotli).toBe(brotli.length);
    expect(brotliSize(text)).toBe(brotli.length);
    expect(brotliDecompressSync(brotli).toString()).toBe(text);
    expect(sizes.gzip).toBeLessThan(sizes.raw / 10);
    expect(sizes.brotli).toBeLessThanOrEqual(sizes.gzip);
  });

  it("an empty file weighs nothing", () => {
    expect(sizesOf("")).toEqual({ raw: 0, gzip: 0, brotli: 0 });
  });

  it("adds files compressed one by one", () => {
    expect(addSizes({ raw: 1, gzip: 2, brotli: 3 }, { raw: 10, gzip: 20, brotli: 30 })).toEqual({ raw: 11, gzip: 22, brotli: 33 });
    expect(addSizes()).toEqual({ raw: 0, gzip: 0, brotli: 0 });
  });

  it("formats sizes for people", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(2048)).toBe("2.0 KB");
    expect(formatBytes(25 * 1024 + 512)).toBe("25.5 KB");
    expect(formatBytes(3 * 1024 * 1024)).toBe("3.00 MB");
  });
});
