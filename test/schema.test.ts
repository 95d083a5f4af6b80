import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { analyzeDocument } from "../src/pipeline.js";

const root = join(import.meta.dirname, "..");
const schema = JSON.parse(readFileSync(join(root, "docs", "analysis.schema.json"), "utf8"));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const samples = join(root, "samples");

describe("docs/analysis.schema.json", () => {
  it.each(readdirSync(samples))("describes the analysis of samples/%s exactly", (name) => {
    const raw = readFileSync(join(samples, name), "utf8");
    for (const options of [{}, { tokens: true }, { verbatim: true }]) {
      const doc = analyzeDocument({ id: name, raw, format: "text" }, options);
      const valid = validate(JSON.parse(JSON.stringify(doc)));
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it("rejects a document with a field the schema does not know", () => {
    const doc = analyzeDocument({ id: "x", raw: "Body.", format: "text" });
    expect(validate({ ...doc, surprise: true })).toBe(false);
  });
});
