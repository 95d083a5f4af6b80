import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { prf } from "./score.js";
import { isSameValue, loadDocuments, scoreTime } from "./time.js";

const GUM_DEV = join(import.meta.dirname, "..", "..", "..", "shared", "data", "gum", "dev");

describe("isSameValue against GUM's date attributes", () => {
  it.each([
    ["2015-09-28", { when: "2015-09-28" }, true],
    ["2015-09", { when: "2015-09" }, true],
    ["2015-09", { when: "2015-09-28" }, false],
    ["BC0508", { when: "-0508" }, true],
    ["183X", { from: "1830-01-01", to: "1839-12-31" }, true],
    ["XXXX-FA", { from: "--09", to: "--12" }, true],
    ["2012-SU", { from: "2012-06", to: "2012-09" }, true],
    ["P3W", { when: "2015" }, false],
    [null, { when: "2015" }, false],
  ] as const)("compares %s with %o as %s", (value, attributes, same) => {
    expect(isSameValue(value, attributes)).toBe(same);
  });
});

describe.skipIf(!existsSync(GUM_DEV))(
  "time eval on GUM dev (skipped: ../shared/data/gum/dev absent)",
  () => {
    it("keeps relaxed extent F1 and value accuracy of the rules above 0.85", () => {
      const result = scoreTime(loadDocuments(GUM_DEV), "rules");
      expect(prf(result.tally.relaxed).f1).toBeGreaterThan(0.85);
      expect(result.valueAccuracy).toBeGreaterThan(0.85);
    });
  },
);
