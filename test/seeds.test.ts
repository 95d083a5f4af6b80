import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeDocument } from "../src/pipeline.js";

const seeds = join(import.meta.dirname, "..", "..", "shared", "seeds");
const present = existsSync(seeds);

function analyzeSeed(prefix: string) {
  const name = readdirSync(seeds).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}* in ${seeds}`);
  return analyzeDocument({
    id: name,
    raw: readFileSync(join(seeds, name), "utf8"),
    format: "text",
  });
}

describe.skipIf(!present)("the seed articles (skipped: ../shared/seeds is absent)", () => {
  it("reads seed 003's title and header date, drops the furniture, keeps one caption", () => {
    const doc = analyzeSeed("003");
    expect(doc.title).toBe("Putin calls on US to work with Assad");
    expect(doc.published).toMatchObject({ value: "2015-09-28T17:06", source: "header" });
    expect(doc.outlet).toBe("The BRICS Post");
    expect(doc.text).not.toContain("Follow us on");
    expect(doc.text.split("[File]")).toHaveLength(2);
  });

  it("reads seed 000's two-line header date and repairs the doubled given name", () => {
    const doc = analyzeSeed("000");
    expect(doc.published).toMatchObject({ value: "2017-05-27T21:07", source: "header" });
    expect(doc.text).toContain("said Piotr Dutkiewicz, a Russia expert");
    expect(doc.text).not.toContain("Piotr Piotr");
    expect(doc.text.endsWith("he added.")).toBe(true);
    expect(doc.edits.find((e) => e.rule === "cleanup/doubled-name")?.text).toBe("Piotr ");
  });
});
