import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { countInputs, type InputResult, readInputs } from "./read-inputs.js";

async function collect(paths: string[], options = {}): Promise<InputResult[]> {
  const results: InputResult[] = [];
  for await (const result of readInputs(paths, options)) results.push(result);
  return results;
}

function summary(results: InputResult[]): string[] {
  return results.map((r) => (r.ok ? `ok ${r.article.id}` : `error ${r.error.code} ${r.id}`));
}

describe("readInputs", () => {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-inputs-"));
  mkdirSync(join(dir, "nested", "deeper"), { recursive: true });
  writeFileSync(join(dir, "b.txt"), "Body b.");
  writeFileSync(join(dir, "a.txt"), "Body a.");
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "image.bin"), Buffer.from([0x89, 0x50, 0, 0, 0]));
  writeFileSync(join(dir, "nested", "deeper", "c.txt"), "Body c.");
  writeFileSync(join(dir, ".hidden"), "skipped");

  it("walks a directory recursively in sorted order, reporting bad files and going on", async () => {
    const results = await collect([dir]);
    expect(summary(results).map((line) => line.replace(dir, "DIR"))).toEqual([
      "ok DIR/a.txt",
      "ok DIR/b.txt",
      "error EMPTY_INPUT DIR/empty.txt",
      "error BINARY_INPUT DIR/image.bin",
      "ok DIR/nested/deeper/c.txt",
    ]);
  });

  it("names a missing path in a NOT_FOUND error and goes on", async () => {
    const results = await collect([join(dir, "missing.txt"), join(dir, "a.txt")]);
    expect(summary(results).map((line) => line.replace(dir, "DIR"))).toEqual([
      "error NOT_FOUND DIR/missing.txt",
      "ok DIR/a.txt",
    ]);
  });

  it("refuses a file over the size limit without reading it", async () => {
    writeFileSync(join(dir, "big.txt"), "x".repeat(2000));
    const [result] = await collect([join(dir, "big.txt")], { maxBytes: 1000 });
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(result.error.message).toMatch(/over the 1000 bytes limit/);
  });

  it("reads - from the given stdin stream", async () => {
    const stdin = Readable.from([Buffer.from("Headline\n\nFrom stdin.")]);
    const [result] = await collect(["-"], { stdin });
    expect(result?.ok && result.article.raw).toBe("Headline\n\nFrom stdin.");
  });

  it("reads a directory of 10,000 files", async () => {
    const many = mkdtempSync(join(tmpdir(), "newsgraph-many-"));
    for (let i = 0; i < 10_000; i++) writeFileSync(join(many, `${i}.txt`), `Article ${i}.`);
    const results = await collect([many]);
    expect(results.filter((r) => r.ok)).toHaveLength(10_000);
  });

  it("counts the inputs a walk will yield", async () => {
    expect(await countInputs([dir, "-"])).toBe(7);
  });

  it("passes over the files it is told to skip when walking, in reading and counting", async () => {
    const own = mkdtempSync(join(tmpdir(), "newsgraph-skip-"));
    mkdirSync(join(own, "sub"));
    writeFileSync(join(own, "a.txt"), "Body a.");
    writeFileSync(join(own, "corpus.db"), Buffer.from([0x53, 0x51, 0, 0]));
    writeFileSync(join(own, "sub", "c.txt"), "Body c.");
    const skipFiles = [join(own, "corpus.db"), join(own, "sub", "c.txt")];
    const results = await collect([own], { skipFiles });
    expect(summary(results).map((line) => line.replace(own, "DIR"))).toEqual(["ok DIR/a.txt"]);
    expect(await countInputs([own], { skipFiles })).toBe(1);
  });
});
