import { resolve } from "node:path";
import { deflateRawSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { analyzeDocument } from "../pipeline.js";
import { packJson, prepareDocument, storageKey, unpackJson } from "./prepare-document.js";

const raw = {
  id: "harbour.txt",
  format: "text" as const,
  raw: [
    "Harbour budget passes",
    "",
    '"We will not raise fares," the minister said on Tuesday.',
    "",
    'Anna Berg, the harbour master, said the ferries would run. "The timetable stays," she added, "and so do the fares."',
  ].join("\n"),
};

describe("prepareDocument", () => {
  const doc = analyzeDocument(raw);
  const prepared = prepareDocument(raw, doc);

  test("keeps unnamed entities out of the corpus-wide list, named ones in", () => {
    const unnamed = doc.entities?.find((entity) => entity.name === "minister");
    expect(unnamed).toBeDefined();
    const names = prepared.entities.map((entity) => entity.name);
    expect(names).toContain("Anna Berg");
    expect(names).not.toContain("minister");
  });

  test("a quote by an unnamed speaker keeps the words that describe them", () => {
    const quote = prepared.quotes.find((item) => item.text.startsWith("We will not"));
    expect(quote?.speaker).toBe("the minister");
    const named = prepared.quotes.find((item) => item.text.startsWith("The timetable"));
    expect(named?.speaker).toBe("Anna Berg");
  });

  test("a split quotation is stored as its words only", () => {
    const split = prepared.quotes.find((item) => item.text.startsWith("The timetable"));
    expect(split?.text).toBe("The timetable stays, … and so do the fares.");
  });
});

describe("packed blobs", () => {
  const value = { text: "Nine ferries “sail” at dawn — ünïcode too", spans: [[0, 4]], none: null };

  test("give back what was packed", () => {
    expect(unpackJson(packJson(value))).toEqual(value);
  });

  test("blobs written by earlier versions (raw deflate) still read", () => {
    const old = new Uint8Array(deflateRawSync(Buffer.from(JSON.stringify(value)), { level: 1 }));
    expect(unpackJson(old)).toEqual(value);
  });
});

describe("storageKey", () => {
  test.each([
    ["articles/a.txt", resolve("articles/a.txt")],
    ["./articles/a.txt", resolve("articles/a.txt")],
    ["/data/a.txt", "/data/a.txt"],
    ["items.jsonl#3", resolve("items.jsonl#3")],
    ["https://example.org/news/1", "https://example.org/news/1"],
    ["-", "stdin:HASH"],
    ["-#2", "stdin:HASH"],
  ])("%s -> %s", (id, key) => {
    expect(storageKey(id, "HASH")).toBe(key);
  });
});
