import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { AnalyzedDocument } from "../model.js";
import { runCli } from "./testing/run-cli.js";

const run = runCli;

const samples = join(import.meta.dirname, "..", "..", "samples");

describe("newsgraph analyze", () => {
  afterEach(() => vi.restoreAllMocks());

  it("prints one JSON document per line with --jsonl", async () => {
    const { code, stdout, stderr } = await run(["analyze", samples, "--jsonl"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const docs = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as AnalyzedDocument);
    const ferry = docs.find((d) => d.id.endsWith("harbour-ferry-vote.txt"));
    expect(ferry?.title).toBe("Harbour council delays vote on ferry contract");
    expect(ferry?.outlet).toBe("Alden Courier");
    expect(ferry?.published).toMatchObject({ value: "2026-03-12T16:15", source: "header" });
    expect(ferry?.text).toContain("Tomas Brandt");
    expect(ferry?.text).not.toContain("Follow us on");
    expect(ferry?.tokens).toBeUndefined();
  });

  it("prints a JSON array with --json and tokens with --tokens", async () => {
    const { stdout } = await run([
      "analyze",
      join(samples, "mining-strike-talks.txt"),
      "--json",
      "--tokens",
    ]);
    const docs = JSON.parse(stdout) as AnalyzedDocument[];
    expect(docs).toHaveLength(1);
    expect(docs[0]?.byline).toBe("Paulo Mendes");
    expect(docs[0]?.tokens?.length).toBeGreaterThan(50);
  });

  it("keeps the input unchanged with --verbatim", async () => {
    const dir = mkdtempSync(join(tmpdir(), "newsgraph-cli-"));
    const file = join(dir, "a.txt");
    writeFileSync(file, "Follow us on:\n\nHeadline\n\nBody text.\n");
    const { stdout } = await run(["analyze", file, "--jsonl", "--verbatim"]);
    expect((JSON.parse(stdout) as AnalyzedDocument).text).toBe(
      "Follow us on:\n\nHeadline\n\nBody text.\n",
    );
  });

  it("records --document-date as given", async () => {
    const { stdout } = await run(["analyze", samples, "--jsonl", "--document-date", "2026-04-01"]);
    const doc = JSON.parse(stdout.split("\n")[0] ?? "") as AnalyzedDocument;
    expect(doc.published).toEqual({ value: "2026-04-01", source: "given" });
  });

  it("reports each bad input on one stderr line, goes on, and exits 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "newsgraph-cli-"));
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "good.txt"), "Body.");
    const { code, stdout, stderr } = await run(["analyze", dir, join(dir, "nope.txt"), "--jsonl"]);
    expect(code).toBe(1);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    expect(stderr.trim().split("\n")).toEqual([
      `newsgraph: EMPTY_INPUT: ${join(dir, "empty.txt")}: the input is empty`,
      `newsgraph: NOT_FOUND: ${join(dir, "nope.txt")}: no such file or directory`,
    ]);
  });

  it("reports a page without text and a broken feed like other bad inputs, and exits 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "newsgraph-cli-"));
    writeFileSync(
      join(dir, "a-empty.html"),
      "<!doctype html><html><head><title>t</title></head><body></body></html>",
    );
    writeFileSync(
      join(dir, "b-broken.rss"),
      '<?xml version="1.0"?><rss><channel><item><title>Ferry',
    );
    writeFileSync(join(dir, "c-good.txt"), "Body.");
    const { code, stdout, stderr } = await run(["analyze", dir, "--jsonl"]);
    expect(code).toBe(1);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    const lines = stderr.trim().split("\n");
    expect(lines[0]).toBe(
      `newsgraph: EMPTY_INPUT: ${join(dir, "a-empty.html")}: the page holds no text`,
    );
    expect(lines[1]).toMatch(
      new RegExp(
        `^newsgraph: INVALID_INPUT: ${join(dir, "b-broken.rss")}: malformed XML at line 1`,
      ),
    );
    expect(lines).toHaveLength(2);
  });

  it.each([
    [
      ["analyze", samples, "--document-date", "2015-02-30"],
      /--document-date expects a date as YYYY-MM-DD, got "2015-02-30"/,
    ],
    [["analyze", samples, "--max-bytes", "lots"], /--max-bytes expects a positive whole number/],
    [["analyze"], /missing required argument/],
    [["frobnicate"], /unknown command/],
    [["analyze", samples, "--json", "--jsonl"], /cannot be used with option '--jsonl'/],
  ])("exits 2 with a clear message for bad usage %j", async (argv, message) => {
    const { code, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("prints a readable summary by default", async () => {
    const { stdout } = await run(["analyze", join(samples, "glacier-research-station.txt")]);
    expect(stdout).toContain("title:     Scientists warn of faster melt at Nordvik glacier");
    expect(stdout).toContain("published: 2026-02-03T08:40 (from header)");
  });
});

const BIN = join(import.meta.dirname, "..", "..", "bin", "newsgraph.js");
const DIST = join(import.meta.dirname, "..", "..", "dist", "cli", "main.js");

describe.skipIf(!existsSync(DIST))(
  "newsgraph analyze piped to a reader that stops early (needs dist/: npm run build)",
  () => {
    it.each([[[]], [["--jsonl"]], [["--json"]]])(
      "ends quietly with exit 0 (%j)",
      async (format) => {
        const child = spawn(process.execPath, [BIN, "analyze", samples, ...format], {
          stdio: ["ignore", "pipe", "pipe"],
        });
        let stderr = "";
        child.stderr.on("data", (chunk) => {
          stderr += String(chunk);
        });
        child.stdout.once("data", () => child.stdout.destroy());
        const [code] = (await once(child, "close")) as [number];
        expect(stderr).toBe("");
        expect(code).toBe(0);
      },
    );
  },
);
