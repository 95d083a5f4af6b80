import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeDocument } from "../src/pipeline.js";

const goldenRoot = join(import.meta.dirname, "golden");

/**
 * End-to-end cases: test/golden/<slug>/article.txt and expected.json. expected.json lists the
 * fields a case pins down; a field it leaves out is not compared. Entities, quotes and timexes
 * are compared in a summary form (names, kinds, speakers, texts and values).
 */
describe("golden articles", () => {
  const cases = readdirSync(goldenRoot).filter((slug) =>
    existsSync(join(goldenRoot, slug, "expected.json")),
  );

  it.each(cases)("%s", (slug) => {
    const raw = readFileSync(join(goldenRoot, slug, "article.txt"), "utf8");
    const expected = JSON.parse(readFileSync(join(goldenRoot, slug, "expected.json"), "utf8"));
    const doc = analyzeDocument({ id: `${slug}/article.txt`, raw, format: "text" });
    const actual: Record<string, unknown> = {
      ...doc,
      edits: doc.edits.map((e) => ({ rule: e.rule, text: e.text })),
      sentences: doc.sentences.map((s) => s.text),
      entities: doc.entities?.map((e) => ({
        name: e.name,
        type: e.type,
        mentions: e.mentions.map((m) => m.text),
      })),
      quotes: doc.quotes?.map((q) => ({
        kind: q.kind,
        speaker: q.speaker?.name ?? null,
        cue: q.cue?.text ?? null,
        content: q.contentSpans.map(([start, end]) => doc.text.slice(start, end)),
      })),
      timexes: doc.timexes?.map((t) => ({ text: t.text, type: t.type, value: t.value })),
    };
    for (const key of Object.keys(expected)) expect(actual[key], key).toEqual(expected[key]);
  });
});
