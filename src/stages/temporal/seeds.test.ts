import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeDocument } from "../../pipeline.js";

const SEEDS = join(import.meta.dirname, "..", "..", "..", "..", "shared", "seeds");
const present = existsSync(SEEDS);

function analyzeSeed(prefix: string) {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  return analyzeDocument({
    id: file,
    raw: readFileSync(join(SEEDS, file), "utf8"),
    format: "text",
  });
}

describe.skipIf(!present)(
  "temporal stage on the seed articles (skipped: ../shared/seeds absent)",
  () => {
    it("flags seed 000's stamp as contradicted by its start date and the campaign's age", () => {
      const doc = analyzeSeed("000_");
      expect(doc.published.value?.startsWith("2017-05-27")).toBe(true);
      const conflict = doc.published.conflict;
      expect(conflict?.evidence.map((a) => a.text)).toEqual(["September 30", "three-week-old"]);
      expect(conflict?.implied).toBe("XXXX-10-18/XXXX-10-24");
      for (const a of conflict?.evidence ?? [])
        expect(doc.text.slice(a.span[0], a.span[1])).toBe(a.text);
    });

    it("finds seed 003 consistent with its stamp and normalises its expressions", () => {
      const doc = analyzeSeed("003_");
      expect(doc.published.value?.startsWith("2015-09-28")).toBe(true);
      expect(doc.published.conflict ?? null).toBeNull();
      const values = new Map((doc.timexes ?? []).map((t) => [t.text, t.value]));
      expect(
        Object.fromEntries(
          [
            "Monday",
            "Last week",
            "Sunday",
            "late August",
            "early September",
            "February 2015",
            "later Monday",
            "a decade ago",
            "2013",
          ].map((k) => [k, values.get(k)]),
        ),
      ).toEqual({
        Monday: "2015-09-28",
        "Last week": "2015-W39",
        Sunday: "2015-09-27",
        "late August": "2015-08",
        "early September": "2015-09",
        "February 2015": "2015-02",
        "later Monday": "2015-09-28",
        "a decade ago": "2005",
        "2013": "2013",
      });
    });
  },
);
