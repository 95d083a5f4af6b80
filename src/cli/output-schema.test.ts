/**
 * `analyze --jsonl` output is read by other tools: every document must validate against the
 * published schema (docs/analysis.schema.json), whatever the input format.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runCli } from "./testing/run-cli.js";

const root = join(import.meta.dirname, "..", "..");
const schema = JSON.parse(readFileSync(join(root, "docs", "analysis.schema.json"), "utf8"));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

function inputs(): string {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-schema-"));
  writeFileSync(
    join(dir, "fares.html"),
    `<html lang="en"><head><title>Ferry fares rise</title>
<meta property="article:published_time" content="2026-03-12T23:30:00-05:00"></head>
<body><article><h1>Ferry fares rise</h1><p>Fares on the harbour ferry will rise by ten percent
from April, the operator said on Thursday.</p><p>"We had no choice," said Ines Okafor, the
operator's chief executive, adding that fuel costs had doubled since January.</p></article></body></html>`,
  );
  writeFileSync(
    join(dir, "wire.jsonl"),
    `${JSON.stringify({
      title: "Dock workers vote to strike",
      published: "Thu, 12 Mar 2026 09:15:00 +0100",
      text: "Dock workers in Port Alden voted to strike on Monday, their union said.",
    })}\n`,
  );
  return dir;
}

describe("analyze --jsonl output", () => {
  afterEach(() => vi.restoreAllMocks());

  it("validates against docs/analysis.schema.json for text, HTML and JSONL inputs", async () => {
    const { code, stdout } = await runCli([
      "analyze",
      join(root, "samples"),
      inputs(),
      "--jsonl",
      "--tokens",
    ]);
    expect(code).toBe(0);
    const docs = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(docs).toHaveLength(5);
    for (const doc of docs) {
      const ok = validate(doc);
      expect(ok ? [] : validate.errors, doc.id).toEqual([]);
    }
    const fares = docs.find((doc) => doc.id.endsWith("fares.html"));
    expect(fares.published).toMatchObject({ value: "2026-03-12T23:30", offset: "-05:00" });
    const wire = docs.find((doc) => doc.id.includes("wire.jsonl"));
    expect(wire.published).toMatchObject({ value: "2026-03-12T09:15", offset: "+01:00" });
  });
});
